// The channels guide's client: join room:lobby, send new_msg, show every new_msg broadcast.
(function () {
  "use strict";
  var socket = new Phoenix.Socket("/socket", {params: {token: window.userToken}});
  var status = document.getElementById("status");
  socket.onOpen(function () { status.textContent = "Connected"; status.dataset.state = "open"; });
  socket.onError(function () { status.textContent = "Connection lost, retrying…"; status.dataset.state = "error"; });
  socket.connect();

  var channel = socket.channel("room:lobby", {});
  var input = document.getElementById("chat-input");
  var messages = document.getElementById("messages");

  document.getElementById("chat-form").addEventListener("submit", function (event) {
    event.preventDefault();
    if (input.value.trim() === "") {
      return;
    }
    channel.push("new_msg", {body: input.value});
    input.value = "";
  });

  channel.on("new_msg", function (payload) {
    var item = document.createElement("p");
    item.className = "message";
    item.textContent = "[" + payload.user + "] " + payload.body;
    messages.appendChild(item);
  });

  channel.join()
    .receive("ok", function () { status.textContent = "Joined room:lobby"; status.dataset.state = "joined"; })
    .receive("error", function (resp) { status.textContent = "Unable to join: " + resp.reason; status.dataset.state = "refused"; });
})();
