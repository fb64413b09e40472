package com.example.hello.accounts;

/**
 * A user of the sample.
 *
 * @param id the user's id
 * @param name the name
 * @param email the email address
 */
public record User(long id, String name, String email) {}
