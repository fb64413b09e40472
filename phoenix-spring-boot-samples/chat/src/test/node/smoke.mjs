import { Socket } from "phoenix";
import WebSocket from "ws";
const base = process.argv[2] || "http://localhost:4000";
const page = await (await fetch(base + "/")).text();
const token = JSON.parse(page.match(/window\.userToken = (".*?");/)[1]);
const socket = new Socket(base.replace("http", "ws") + "/socket", { transport: WebSocket, params: { token } });
socket.connect();
const channel = socket.channel("room:lobby", {});
channel.on("new_msg", (msg) => { console.log("got", JSON.stringify(msg)); socket.disconnect(); process.exit(0); });
channel.join().receive("ok", () => {
  console.log("joined");
  channel.push("ping", { n: 1 }).receive("ok", (r) => { console.log("pong", JSON.stringify(r)); channel.push("new_msg", { body: "hello" }); });
}).receive("error", (e) => { console.log("join error", JSON.stringify(e)); process.exit(1); });
setTimeout(() => { console.log("timeout"); process.exit(2); }, 5000);
