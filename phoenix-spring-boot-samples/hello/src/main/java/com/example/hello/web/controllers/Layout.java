package com.example.hello.web.controllers;

/** The application layout, until templates arrive: wraps a page's content in a full document. */
final class Layout {

    private Layout() {}

    static String page(String title, String content) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>" + title
                + " · Hello</title>\n<link rel=\"stylesheet\" href=\"/css/app.css\"/>\n</head>\n<body>\n<main role=\"main\""
                + " class=\"container\">\n" + content + "\n</main>\n</body>\n</html>\n";
    }
}
