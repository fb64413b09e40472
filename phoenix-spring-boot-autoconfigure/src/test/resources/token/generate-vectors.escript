#!/usr/bin/env escript
%% -*- erlang -*-
%%
%% Generates vectors.json, the Phoenix.Token test vectors that PhoenixTokenVectorTests reads.
%%
%% Phoenix.Token delegates to Plug.Crypto; this script reimplements plug_crypto's algorithm on a real Erlang
%% runtime (no Elixir needed):
%%   key     = crypto:pbkdf2_hmac(Digest, SecretKeyBase, Salt, Iterations, Length)   (Plug.Crypto.KeyGenerator)
%%   payload = term_to_binary({Data, SignedAtMs, MaxAge})                            (Plug.Crypto.sign/encrypt)
%%   sign    = b64("HS256") . b64(payload) . b64(HMAC-SHA256(key, first two parts))  (Plug.Crypto.MessageVerifier)
%%   encrypt = b64("A128GCM") . b64(wrapped CEK) . b64(IV) . b64(ciphertext) . b64(tag)
%%             (Plug.Crypto.MessageEncryptor with sign_secret "", the key truncated to 32 bytes)
%%
%% Signed payloads use term_to_binary(T, [{minor_version, 2}]), the default since OTP 26 (atoms as
%% SMALL_ATOM_UTF8_EXT); a few "decode only" vectors use the OTP 25 default (ATOM_EXT) and legacy payload shapes.
%%
%% Regenerate (Debian: apt-get install -y erlang-nox), from the repository root:
%%
%%   escript phoenix-spring-boot-autoconfigure/src/test/resources/token/generate-vectors.escript \
%%       > phoenix-spring-boot-autoconfigure/src/test/resources/token/vectors.json
%%
%% Data is described in JSON by type so that the Java tests can rebuild the same value:
%%   {"int":"1"} {"float":"1.5"} {"bin":"text"} {"bytes":"00ff"} {"atom":"ok"} {"list":[...]} {"tuple":[...]}
%%   {"map":[[key, value], ...]}   (pairs in the order term_to_binary wrote them)

main(_) ->
    Vectors = sign_vectors() ++ decode_only_vectors(),
    Encrypted = encrypt_vectors(),
    io:put_chars([
        "{\n",
        "  \"generator\": ", json_string(generator()), ",\n",
        "  \"sign\": [\n", join([["    ", V] || V <- Vectors], ",\n"), "\n  ],\n",
        "  \"encrypt\": [\n", join([["    ", V] || V <- Encrypted], ",\n"), "\n  ]\n",
        "}\n"
    ]).

generator() ->
    "generate-vectors.escript on Erlang/OTP " ++ erlang:system_info(otp_release) ++ ", crypto " ++ crypto_version().

crypto_version() ->
    ok = application:load(crypto),
    {ok, V} = application:get_key(crypto, vsn),
    V.

-define(A64, binary:copy(<<"a">>, 64)).
-define(KEY_BASE, <<"kjoy3o1zeidquwy1398juxzldjlksahdk3">>).
-define(LONG_BASE, <<"Ek4pwbgQF3SR8drxOs8iqjVfZxkpmO7Mu/WXa01O/YhqnhZbJ8jYh8LwCn+MQZ1K">>).
-define(T0, 1700000000).

%% ---------------------------------------------------------------------------------------------------------------
%% Signed tokens: {Name, KeyBase, Salt, Data, Opts}; Opts as in Plug.Crypto.sign/4.

sign_cases() ->
    [
        {"worked example", ?A64, <<"user auth">>, 1, [{signed_at, 0}]},
        {"docs example 99", ?KEY_BASE, <<"user auth">>, 99, [{signed_at, ?T0}]},
        {"small integer 0", ?LONG_BASE, <<"user auth">>, 0, [{signed_at, ?T0}]},
        {"small integer 255", ?LONG_BASE, <<"user auth">>, 255, [{signed_at, ?T0}]},
        {"integer 256", ?LONG_BASE, <<"user auth">>, 256, [{signed_at, ?T0}]},
        {"negative integer", ?LONG_BASE, <<"user auth">>, -1, [{signed_at, ?T0}]},
        {"integer min", ?LONG_BASE, <<"user auth">>, -2147483648, [{signed_at, ?T0}]},
        {"integer max", ?LONG_BASE, <<"user auth">>, 2147483647, [{signed_at, ?T0}]},
        {"big 2^31", ?LONG_BASE, <<"user auth">>, 2147483648, [{signed_at, ?T0}]},
        {"big -2^31-1", ?LONG_BASE, <<"user auth">>, -2147483649, [{signed_at, ?T0}]},
        {"big long max", ?LONG_BASE, <<"user auth">>, 9223372036854775807, [{signed_at, ?T0}]},
        {"big 2^64+1", ?LONG_BASE, <<"user auth">>, 18446744073709551617, [{signed_at, ?T0}]},
        {"big -2^100", ?LONG_BASE, <<"user auth">>, -(1 bsl 100), [{signed_at, ?T0}]},
        {"large big 2^2100", ?LONG_BASE, <<"user auth">>, 1 bsl 2100, [{signed_at, ?T0}]},
        {"binary string", ?LONG_BASE, <<"user auth">>, <<"hello">>, [{signed_at, ?T0}]},
        {"utf-8 string", ?LONG_BASE, <<"user auth">>, <<"José 🐦"/utf8>>, [{signed_at, ?T0}]},
        {"empty string", ?LONG_BASE, <<"user auth">>, <<>>, [{signed_at, ?T0}]},
        {"raw bytes", ?LONG_BASE, <<"user auth">>, <<0, 255, 1, 128>>, [{signed_at, ?T0}]},
        {"atom ok", ?LONG_BASE, <<"user auth">>, ok, [{signed_at, ?T0}]},
        {"atom true", ?LONG_BASE, <<"user auth">>, true, [{signed_at, ?T0}]},
        {"atom false", ?LONG_BASE, <<"user auth">>, false, [{signed_at, ?T0}]},
        {"atom nil", ?LONG_BASE, <<"user auth">>, nil, [{signed_at, ?T0}]},
        {"utf-8 atom", ?LONG_BASE, <<"user auth">>, 'héllo', [{signed_at, ?T0}]},
        {"float", ?LONG_BASE, <<"user auth">>, 1.5, [{signed_at, ?T0}]},
        {"float pi", ?LONG_BASE, <<"user auth">>, 3.141592653589793, [{signed_at, ?T0}]},
        {"float negative large", ?LONG_BASE, <<"user auth">>, -1.0e300, [{signed_at, ?T0}]},
        {"empty list", ?LONG_BASE, <<"user auth">>, [], [{signed_at, ?T0}]},
        {"list of bytes (STRING_EXT)", ?LONG_BASE, <<"user auth">>, [1, 2, 3], [{signed_at, ?T0}]},
        {"mixed list", ?LONG_BASE, <<"user auth">>, [<<"a">>, 1, nil, 300, 2.5], [{signed_at, ?T0}]},
        {"map with string keys", ?LONG_BASE, <<"user auth">>,
            #{<<"id">> => 42, <<"name">> => <<"alice">>, <<"admin">> => false}, [{signed_at, ?T0}]},
        {"map with keys of every type, in term order", ?LONG_BASE, <<"user auth">>,
            #{1 => a, 1.0 => b, <<"x">> => c, [] => d, [1] => e, {1} => f, zz => g, #{} => h, -5 => i, 2.5 => j,
              <<"ab">> => k, <<"b">> => l, {0, 0} => m, [0, 5] => n, false => o, 1 bsl 70 => p},
            [{signed_at, ?T0}]},
        {"empty map", ?LONG_BASE, <<"user auth">>, #{}, [{signed_at, ?T0}]},
        {"nested", ?LONG_BASE, <<"user auth">>,
            #{<<"user">> => #{<<"id">> => 7, <<"roles">> => [<<"admin">>, <<"editor">>]},
              <<"scopes">> => [[1, 300], []], <<"exp">> => 1 bsl 40, <<"ratio">> => 0.25},
            [{signed_at, ?T0}]},
        {"tuple", ?LONG_BASE, <<"user auth">>, {ok, <<"x">>, 1}, [{signed_at, ?T0}]},
        {"max_age 60", ?LONG_BASE, <<"user auth">>, 1, [{signed_at, ?T0}, {max_age, 60}]},
        {"max_age 0", ?LONG_BASE, <<"user auth">>, 1, [{signed_at, ?T0}, {max_age, 0}]},
        {"max_age 10 years", ?LONG_BASE, <<"user auth">>, 1, [{signed_at, ?T0}, {max_age, 315360000}]},
        {"signed_at fraction", ?LONG_BASE, <<"user auth">>, 1, [{signed_at, 1.5}]},
        {"signed_at current", ?LONG_BASE, <<"user auth">>, 1, [{signed_at, 1767225600.123}]},
        {"salt other", ?LONG_BASE, <<"password reset">>, 1, [{signed_at, ?T0}]},
        {"key_iterations 10", ?LONG_BASE, <<"user auth">>, 1, [{signed_at, ?T0}, {key_iterations, 10}]},
        {"key_length 64 sha512", ?LONG_BASE, <<"user auth">>, 1,
            [{signed_at, ?T0}, {key_length, 64}, {key_digest, sha512}]},
        {"key_length 16 sha384", ?LONG_BASE, <<"user auth">>, 1,
            [{signed_at, ?T0}, {key_length, 16}, {key_digest, sha384}]}
    ].

sign_vectors() ->
    [sign_vector(C) || C <- sign_cases()].

sign_vector({Name, KeyBase, Salt, Data, Opts}) ->
    SignedAtMs = trunc(proplists:get_value(signed_at, Opts) * 1000),
    MaxAge = proplists:get_value(max_age, Opts, 86400),
    Payload = term_to_binary({Data, SignedAtMs, MaxAge}, [{minor_version, 2}]),
    Token = mac_sign(Payload, key(KeyBase, Salt, Opts), sha256),
    vector(Name, KeyBase, Salt, Opts, Payload, Token, json_data(Data), checks(SignedAtMs, MaxAge), true).

%% Verify-only vectors: payloads Java's sign never writes, but Elixir apps may.
decode_only_vectors() ->
    Key = key(?LONG_BASE, <<"user auth">>, []),
    Signed = ?T0 * 1000,
    Cases = [
        {"OTP 25 atoms (ATOM_EXT)", term_to_binary({#{ok => [true, nil]}, Signed, 86400}), sha256,
            #{ok => [true, nil]}, 86400},
        {"legacy {data, signed}", term_to_binary({<<"old">>, Signed}, [{minor_version, 2}]), sha256, <<"old">>, 86400},
        {"legacy %{data:, signed:}", term_to_binary(#{data => 5, signed => Signed}, [{minor_version, 2}]), sha256, 5,
            86400},
        {"max_age :infinity", term_to_binary({1, Signed, infinity}, [{minor_version, 2}]), sha256, 1, infinity},
        {"max_age float", term_to_binary({1, Signed, 1.5}, [{minor_version, 2}]), sha256, 1, 1.5},
        {"HS384 envelope", term_to_binary({1, Signed, 86400}), sha384, 1, 86400},
        {"HS512 envelope", term_to_binary({1, Signed, 86400}), sha512, 1, 86400},
        {"large tuple", term_to_binary({list_to_tuple(lists:seq(1, 300)), Signed, 86400}), sha256,
            list_to_tuple(lists:seq(1, 300)), 86400},
        {"STRING_EXT from a charlist", term_to_binary({"hi", Signed, 86400}), sha256, "hi", 86400}
    ],
    [vector(Name, ?LONG_BASE, <<"user auth">>, [], Payload, mac_sign(Payload, Key, Digest), json_data(Data),
        checks(Signed, MaxAge), false)
     || {Name, Payload, Digest, Data, MaxAge} <- Cases].

%% Results of Plug.Crypto's decode/2 at a few instants, with and without a max_age given to verify.
checks(SignedAtMs, EmbeddedMaxAge) ->
    Instants = [SignedAtMs, SignedAtMs + 1000, SignedAtMs + 60000, SignedAtMs + 86400000,
        SignedAtMs + 86400001, SignedAtMs + 2 * 86400000, SignedAtMs + 315360000000 + 1],
    [check(Now, none, expired(SignedAtMs, EmbeddedMaxAge, Now)) || Now <- Instants]
        ++ [check(Now, MaxAge, expired(SignedAtMs, MaxAge, Now))
            || Now <- Instants, MaxAge <- [60, 86400, 0, -1, infinity]].

expired(_Signed, infinity, _Now) -> false;
expired(_Signed, MaxAge, _Now) when MaxAge =< 0 -> true;
expired(Signed, MaxAge, Now) -> Signed + trunc(MaxAge * 1000) < Now.

check(Now, MaxAge, Expired) ->
    Result = case Expired of true -> "expired"; false -> "ok" end,
    MaxAgeJson = case MaxAge of none -> "null"; infinity -> json_string("infinity"); N -> integer_to_list(N) end,
    ["{\"nowMs\":", integer_to_list(Now), ",\"maxAge\":", MaxAgeJson, ",\"result\":\"", Result, "\"}"].

vector(Name, KeyBase, Salt, Opts, Payload, Token, DataJson, Checks, Signable) ->
    SignedAt = proplists:get_value(signed_at, Opts),
    [
        "{\"name\":", json_string(Name),
        ",\"secretKeyBase\":", json_string(KeyBase),
        ",\"salt\":", json_string(Salt),
        ",\"signable\":", atom_to_list(Signable),
        ",\"signedAtMs\":", json_number(case SignedAt of undefined -> undefined; S -> trunc(S * 1000) end),
        ",\"maxAge\":", json_number(proplists:get_value(max_age, Opts)),
        ",\"keyIterations\":", integer_to_list(proplists:get_value(key_iterations, Opts, 1000)),
        ",\"keyLength\":", integer_to_list(proplists:get_value(key_length, Opts, 32)),
        ",\"keyDigest\":", json_string(atom_to_list(proplists:get_value(key_digest, Opts, sha256))),
        ",\"data\":", DataJson,
        ",\"payloadHex\":", json_string(hex(Payload)),
        ",\"token\":", json_string(Token),
        ",\"checks\":[", join(Checks, ","), "]}"
    ].

%% ---------------------------------------------------------------------------------------------------------------
%% Encrypted tokens. The CEK and IVs are fixed (and written out) so Java can reproduce the exact token.

encrypt_vectors() ->
    Cases = [
        {"encrypt integer", ?A64, <<"user auth">>, 1, []},
        {"encrypt map", ?LONG_BASE, <<"secret data">>, #{<<"card">> => <<"4111 1111 1111 1111">>, <<"cvc">> => 123},
            []},
        {"encrypt key_length 16", ?LONG_BASE, <<"secret data">>, <<"short key">>, [{key_length, 16}]},
        {"encrypt key_length 64", ?LONG_BASE, <<"secret data">>, [1, 2, 3], [{key_length, 64}, {key_digest, sha512}]},
        {"encrypt max_age 60", ?LONG_BASE, <<"secret data">>, <<"soon gone">>, [{max_age, 60}]}
    ],
    [encrypt_vector(C, I) || {C, I} <- lists:zip(Cases, lists:seq(1, length(Cases)))].

encrypt_vector({Name, KeyBase, Secret, Data, Opts0}, I) ->
    Opts = [{signed_at, ?T0} | Opts0],
    SignedAtMs = ?T0 * 1000,
    MaxAge = proplists:get_value(max_age, Opts, 86400),
    Payload = term_to_binary({Data, SignedAtMs, MaxAge}, [{minor_version, 2}]),
    Cek = binary:copy(<<I>>, 16),
    Iv = binary:copy(<<(16#10 + I)>>, 12),
    WrapIv = binary:copy(<<(16#20 + I)>>, 12),
    Token = aes128_gcm_encrypt(Payload, key(KeyBase, Secret, Opts), <<>>, Cek, Iv, WrapIv),
    [
        "{\"name\":", json_string(Name),
        ",\"secretKeyBase\":", json_string(KeyBase),
        ",\"secret\":", json_string(Secret),
        ",\"signedAtMs\":", integer_to_list(SignedAtMs),
        ",\"maxAge\":", json_number(proplists:get_value(max_age, Opts)),
        ",\"keyIterations\":", integer_to_list(proplists:get_value(key_iterations, Opts, 1000)),
        ",\"keyLength\":", integer_to_list(proplists:get_value(key_length, Opts, 32)),
        ",\"keyDigest\":", json_string(atom_to_list(proplists:get_value(key_digest, Opts, sha256))),
        ",\"cekHex\":", json_string(hex(Cek)),
        ",\"ivHex\":", json_string(hex(Iv)),
        ",\"wrapIvHex\":", json_string(hex(WrapIv)),
        ",\"data\":", json_data(Data),
        ",\"payloadHex\":", json_string(hex(Payload)),
        ",\"token\":", json_string(Token),
        ",\"checks\":[", join(checks(SignedAtMs, MaxAge), ","), "]}"
    ].

%% Plug.Crypto.MessageEncryptor.encrypt/3 with its random bytes given.
aes128_gcm_encrypt(PlainText, Secret, SignSecret, Cek, Iv, WrapIv) when byte_size(Secret) > 32 ->
    aes128_gcm_encrypt(PlainText, binary_part(Secret, 0, 32), SignSecret, Cek, Iv, WrapIv);
aes128_gcm_encrypt(PlainText, Secret, SignSecret, Cek, Iv, WrapIv) ->
    Aad = <<"A128GCM">>,
    {CipherText, Tag} = crypto:crypto_one_time_aead(aes_gcm, Cek, Iv, PlainText, Aad, true),
    {WrappedCipherText, WrappedTag} =
        crypto:crypto_one_time_aead(aes_gcm, Secret, WrapIv, Cek, SignSecret, true),
    WrappedKey = <<WrappedCipherText/binary, WrappedTag/binary, WrapIv/binary>>,
    join([b64(Aad), b64(WrappedKey), b64(Iv), b64(CipherText), b64(Tag)], ".").

%% ---------------------------------------------------------------------------------------------------------------
%% Plug.Crypto.KeyGenerator and MessageVerifier.

key(KeyBase, Salt, Opts) ->
    crypto:pbkdf2_hmac(proplists:get_value(key_digest, Opts, sha256), KeyBase, Salt,
        proplists:get_value(key_iterations, Opts, 1000), proplists:get_value(key_length, Opts, 32)).

mac_sign(Payload, Key, Digest) ->
    Protected = case Digest of sha256 -> <<"HS256">>; sha384 -> <<"HS384">>; sha512 -> <<"HS512">> end,
    PlainText = iolist_to_binary([b64(Protected), ".", b64(Payload)]),
    binary_to_list(iolist_to_binary([PlainText, ".", b64(crypto:mac(hmac, Digest, Key, PlainText))])).

b64(Bin) ->
    B = base64:encode(Bin),
    Url = binary:replace(binary:replace(B, <<"+">>, <<"-">>, [global]), <<"/">>, <<"_">>, [global]),
    binary_to_list(binary:replace(Url, <<"=">>, <<>>, [global])).

hex(Bin) -> lists:flatten([io_lib:format("~2.16.0b", [B]) || <<B>> <= Bin]).

%% ---------------------------------------------------------------------------------------------------------------
%% JSON.

json_data(I) when is_integer(I) -> ["{\"int\":\"", integer_to_list(I), "\"}"];
json_data(F) when is_float(F) -> ["{\"float\":\"", float_to_list(F, [short]), "\"}"];
json_data(A) when is_atom(A) -> ["{\"atom\":", json_string(atom_to_binary(A, utf8)), "}"];
json_data(B) when is_binary(B) ->
    case unicode:characters_to_binary(B, utf8, utf8) of
        B -> ["{\"bin\":", json_string(B), "}"];
        _ -> ["{\"bytes\":\"", hex(B), "\"}"]
    end;
json_data(L) when is_list(L) -> ["{\"list\":[", join([json_data(E) || E <- L], ","), "]}"];
json_data(T) when is_tuple(T) -> ["{\"tuple\":[", join([json_data(E) || E <- tuple_to_list(T)], ","), "]}"];
json_data(M) when is_map(M) ->
    %% The order term_to_binary writes, which is the order maps:to_list gives for small maps.
    ["{\"map\":[", join([["[", json_data(K), ",", json_data(V), "]"] || {K, V} <- maps:to_list(M)], ","), "]}"].

json_number(undefined) -> "null";
json_number(infinity) -> json_string("infinity");
json_number(N) when is_integer(N) -> integer_to_list(N);
json_number(F) when is_float(F) -> float_to_list(F, [short]).

json_string(S) when is_list(S) -> json_string(unicode:characters_to_binary(S));
json_string(B) when is_binary(B) ->
    ["\"", [escape(C) || C <- unicode:characters_to_list(B, utf8)], "\""].

escape($") -> "\\\"";
escape($\\) -> "\\\\";
escape(C) when C < 32 -> io_lib:format("\\u~4.16.0b", [C]);
escape(C) when C < 128 -> C;
escape(C) -> binary_to_list(unicode:characters_to_binary([C])).

join([], _Sep) -> [];
join([H | T], Sep) -> [H | [[Sep, E] || E <- T]].
