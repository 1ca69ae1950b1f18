# The study note's TCP server, ported to Python 3: bytes instead of str, print(), and a
# readiness line so a grader can use a port the OS picks. Like the note, it serves one client.
import argparse
import socket

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, default=9999)
args = parser.parse_args()

serverSocket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
serverSocket.bind(("127.0.0.1", args.port))
serverSocket.listen(1)
print("listening on 127.0.0.1:%d" % serverSocket.getsockname()[1], flush=True)
serverSocket.settimeout(10)

(sock, addr) = serverSocket.accept()
sock.settimeout(10)
sock.send(b"Hello. Client.")
message = sock.recv(100)
print(message.decode("utf-8"), flush=True)

sock.close()
serverSocket.close()
