// The official phoenix client against the chat sample, over WebSocket (the `ws` package as transport) or long-poll.
//
//   node src/test/node/interop.mjs <baseUrl> [clientPackage] [transport]
//
// clientPackage: phoenix (1.8) | phoenix15 (1.5); transport: websocket | longpoll (phoenix 1.8 only: 1.5's LongPoll
// needs XMLHttpRequest, which Node lacks; 1.8 falls back to fetch).
//
// Prints one line per step and exits 0 when every step passed; otherwise prints what was expected and what came,
// and exits 1. PhoenixJsInteropTests runs it against the app on a random port.
import WebSocket from "ws";

const [base, clientPackage = "phoenix", transportName = "websocket"] = process.argv.slice(2);
if (!base || !["websocket", "longpoll"].includes(transportName)) {
  console.error("usage: node interop.mjs <baseUrl> [phoenix | phoenix15] [websocket | longpoll]");
  process.exit(2);
}
const client = await import(clientPackage);
const { Socket, LongPoll } = client.Socket ? client : client.default;
const overWebSocket = transportName === "websocket";
const wsBase = base.replace(/^http/, "ws");
const STEP_MS = 3000;
const RUN = Math.random().toString(36).slice(2, 8); // in message bodies: runs sharing a server do not mix up

setTimeout(() => fail("the whole script", "to finish within 20 s"), 20000).unref();

// Every frame the clients received, printed when a step fails.
const frames = [];

function fail(step, expected, came) {
  console.error(`FAILED ${step}: expected ${expected}` + (came === undefined ? "" : `, came ${JSON.stringify(came)}`));
  console.error(`frames received:\n${frames.join("\n")}`);
  process.exit(1);
}

function check(step, condition, expected, came) {
  if (!condition) fail(step, expected, came);
}

// Awaits `executor` (a Promise executor) for at most STEP_MS, and logs the step.
async function step(name, executor) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${STEP_MS} ms`)), STEP_MS);
  });
  try {
    const value = await Promise.race([new Promise(executor), timeout]);
    console.log(`ok ${name}`);
    return value;
  } catch (e) {
    fail(name, "success", e instanceof Error ? e.message : e);
  } finally {
    clearTimeout(timer);
  }
}

// A user of the chat page: a fresh session (no cookie) gets a user id and a token signed for it.
async function newUser(otherThan) {
  for (;;) {
    const page = await (await fetch(base + "/")).text();
    const token = JSON.parse(page.match(/window\.userToken = (".*?");/)[1]);
    const id = page.match(/id="user-id">(\d+)</)[1];
    if (id !== otherThan) return { id, token };
  }
}

function openSocket(name, path, params, options = {}) {
  const socket = new Socket(wsBase + path, {
    transport: overWebSocket ? WebSocket : LongPoll,
    params,
    reconnectAfterMs: () => 50,
    rejoinAfterMs: () => 50,
    ...options,
  });
  const start = Date.now();
  socket.onMessage((m) => frames.push(`${Date.now() - start} ms ${name} <- ${JSON.stringify(m)}`));
  socket.connect();
  return socket;
}

// Resolves with the response of the push's "ok" reply; rejects with any other reply.
const reply = (push) => (resolve, reject) =>
  push.receive("ok", resolve).receive("error", (r) => reject({ error: r })).receive("timeout", () => reject("timeout"));

function api(method, path, body) {
  return fetch(base + path, {
    method,
    headers: { "content-type": "application/json", accept: "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

// Collects the events a channel receives, and lets steps wait for the next one matching a predicate.
function inbox(channel, event) {
  const seen = [];
  const waiting = [];
  channel.on(event, (payload) => {
    seen.push(payload);
    waiting.filter((w) => w.matches(payload)).forEach((w) => w.resolve(payload));
  });
  return (matches) => (resolve) => {
    const found = seen.find(matches);
    if (found) resolve(found);
    else waiting.push({ matches, resolve });
  };
}

console.log(`phoenix.js from ${clientPackage} against ${base} over ${transportName}`);
const alice = await newUser();
const bob = await newUser(alice.id);

// ------------------------------------------------------------ connect, join, push
const heartbeats = [];
const aliceSocket = openSocket("alice", "/socket", { token: alice.token }, { heartbeatIntervalMs: 100 });
const bobSocket = openSocket("bob", "/socket", { token: bob.token });
aliceSocket.onMessage((m) => {
  if (m.topic === "phoenix" && m.event === "phx_reply") heartbeats.push(m);
});
const closes = [];
aliceSocket.onClose((event) => closes.push(event.code));
await step("connect with a valid token", (resolve) => aliceSocket.onOpen(resolve));

const aliceLobby = aliceSocket.channel("room:lobby", {});
const aliceMessages = inbox(aliceLobby, "new_msg");
let aliceJoins = 0;
const joined = aliceLobby.join().receive("ok", () => aliceJoins++);
await step("join room:lobby", reply(joined));

const secret = aliceSocket.channel("room:secret", {});
const refusal = await step("join room:secret is refused", (resolve, reject) =>
  secret.join().receive("error", resolve).receive("ok", () => reject("joined")));
check("join room:secret", refusal.reason === "unauthorized", '{"reason":"unauthorized"}', refusal);
secret.leave(); // phoenix.js retries refused joins until left

const pong = await step("push ping, reply ok", reply(aliceLobby.push("ping", { n: 1 })));
check("ping reply", JSON.stringify(pong) === '{"pong":{"n":1}}', '{"pong":{"n":1}}', pong);

// ------------------------------------------------------------ broadcasts
const bobLobby = bobSocket.channel("room:lobby", {});
const bobMessages = inbox(bobLobby, "new_msg");
await step("a second client joins room:lobby", reply(bobLobby.join()));

const hello = `hello from alice ${RUN}`;
aliceLobby.push("new_msg", { body: hello });
const fromAlice = await step("the second client receives the broadcast", bobMessages((m) => m.body === hello));
check("broadcast", fromAlice.user === alice.id, `user ${alice.id}`, fromAlice);
await step("the sender receives its own broadcast", aliceMessages((m) => m.body === hello));

const fromTheApi = `from the api ${RUN}`;
const posted = await api("POST", "/api/rooms/lobby/messages", { body: fromTheApi });
check("POST /api/rooms/lobby/messages", posted.status === 201, "201", posted.status);
const fromApi = await step("a REST post into the room is received", bobMessages((m) => m.body === fromTheApi));
check("REST post", fromApi.user === "api", 'user "api"', fromApi);

// ------------------------------------------------------------ heartbeat (phoenix.js sends none over long-poll)
if (overWebSocket) {
  await step("heartbeats are answered", (resolve) => {
    const poll = setInterval(() => {
      if (heartbeats.length >= 2 && aliceSocket.isConnected()) {
        clearInterval(poll);
        resolve();
      }
    }, 20);
  });
  check("heartbeat reply", heartbeats[0].payload.status === "ok", 'status "ok"', heartbeats[0].payload);
  check("heartbeat", closes.length === 0, "no close (no heartbeat timeout)", closes);
}

// ------------------------------------------------------------ leave
const bobLeft = new Promise((resolve) => bobLobby.onClose(resolve));
await step("leave room:lobby", reply(bobLobby.leave()));
await step("the left channel closes", (resolve) => bobLeft.then(resolve));

// ------------------------------------------------------------ disconnect by socket id, reconnect, rejoin
const deleted = await api("DELETE", `/api/users/${alice.id}/sockets`);
check("DELETE /api/users/:id/sockets", deleted.status === 204, "204", deleted.status);
await step("disconnect by socket id closes the socket" + (overWebSocket ? " with 1000" : ""), (resolve, reject) => {
  const poll = setInterval(() => {
    if (closes.length > 0) {
      clearInterval(poll);
      !overWebSocket || closes[0] === 1000 ? resolve() : reject(`close code ${closes[0]}`);
    }
  }, 10);
});
check("disconnect by socket id", bobSocket.isConnected(), "the other user's socket to stay open", false);
await step("the client reconnects and rejoins", (resolve) => {
  const poll = setInterval(() => {
    if (aliceJoins >= 2 && aliceSocket.isConnected()) {
      clearInterval(poll);
      resolve();
    }
  }, 10);
});
const afterReconnect = `after the reconnect ${RUN}`;
await api("POST", "/api/rooms/lobby/messages", { body: afterReconnect });
await step("the rejoined channel receives broadcasts", aliceMessages((m) => m.body === afterReconnect));

// ------------------------------------------------------------ channel crash, rejoin
const testSocket = openSocket("test", "/testsocket", {});
const crashing = testSocket.channel("crash:1", {});
let crashJoins = 0;
const crashJoin = crashing.join().receive("ok", () => crashJoins++);
await step("join crash:1 on /testsocket", reply(crashJoin));
const errored = new Promise((resolve) => crashing.onError(resolve));
crashing.push("crash", {});
await step("a crash errors the channel (phx_error)", (resolve) => errored.then(resolve));
await step("the client rejoins after phx_error", (resolve) => {
  const poll = setInterval(() => {
    if (crashJoins >= 2) {
      clearInterval(poll);
      resolve();
    }
  }, 10);
});
const afterCrash = await step("the next push is answered", reply(crashing.push("ping", { n: 2 })));
check("push after the rejoin", afterCrash.pong.n === 2, '{"pong":{"n":2}}', afterCrash);

for (const socket of [aliceSocket, bobSocket, testSocket]) socket.disconnect();
console.log("all steps passed");
process.exit(0);
