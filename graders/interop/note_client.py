# The study note's TCP client, ported to Python 3 with its bugs fixed only where Python 3
# refuses to run it: the typos (clinetSocket, ClientSocket), bytes instead of str, print().
# Its one recv(100) is kept on purpose: that is how the note reads a reply.
# The note dialled 203.253.146.138, the author's own server; the kit only uses loopback.
import argparse
import socket

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, default=9999)
args = parser.parse_args()

clientSocket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
clientSocket.settimeout(10)
clientSocket.connect(("127.0.0.1", args.port))

clientSocket.send(b"Hello. Server.")
reply = clientSocket.recv(100)
print(reply.decode("utf-8"))

clientSocket.close()
