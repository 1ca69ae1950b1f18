// The Korean catalog: the English message (the key, exactly as written in the code) → 한국어.
// Keep the {placeholders} unchanged, and code, commands and paths as they are. Terms follow the
// study note and lessons/ko/: 응용 계층, 소켓, 포트 번호, 프로세스, 서버, 클라이언트, 채점기 (grader),
// 검사 (check), 기준 서버/자식 (reference), 청크, 프레임, 페이로드, 재설정 (reset).
// `npm run messages -- --check` and graders/selftest/i18n.test.ts list any key missing here.
export const ko: Record<string, string> = {
  "\"80a\" is not a number": "\"80a\"는 숫자가 아닙니다",
  "\"{path}\" is outside your exercise folder: a graded program may import only files of its own folder and Node's modules (node:…)":
    "\"{path}\": 실습 폴더 밖에 있는 파일입니다. 채점받는 프로그램은 자기 폴더의 파일과 Node의 모듈(node:…)만 import할 수 있습니다",
  "\"안녕\" is 2 characters but 6 bytes in UTF-8: count bytes": "\"안녕\"은 2글자지만 UTF-8로는 6바이트입니다. 바이트를 세세요",
  "(1 byte)": "(1바이트)",
  "(extra bytes from here on)": "(여기부터 남는 바이트)",
  "(line cut)": "(줄이 잘림)",
  "(the observed bytes stop here)": "(관찰한 바이트는 여기서 끝남)",
  "({size} bytes)": "({size}바이트)",
  "-1 is below 0": "-1은 0보다 작습니다",
  "-1 is not a port": "-1은 포트 번호가 아닙니다",
  "1 byte": "1바이트",
  "1 point": "1점",
  "1.5 is not a whole number": "1.5는 정수가 아닙니다",
  "2 is 00 00 00 02 in big-endian: the most significant byte first": "2는 빅 엔디언으로 00 00 00 02입니다. 가장 큰 자리의 바이트가 먼저 옵니다",
  "256 is 00 00 01 00 (the length needs more than one byte), and the payload's bytes stay as they are":
    "256은 00 00 01 00이고(길이에 1바이트보다 많이 필요합니다), 페이로드의 바이트는 그대로 남습니다",
  "256 is more than 255": "256은 255보다 큽니다",
  "4294967296 is 2^32, one more than the largest address": "4294967296은 2^32로, 가장 큰 주소보다 1 큽니다",
  "65536 does not fit in 16 bits": "65536은 16비트에 들어가지 않습니다",
  "8.5 is not a whole number": "8.5는 정수가 아닙니다",
  "99999 does not fit in 16 bits": "99999는 16비트에 들어가지 않습니다",
  "A client may send FIN without a word. Then the message is empty: print `${client} says: ` and close. Buffer.concat([]) is an empty Buffer; reduce() without a start value throws.":
    "클라이언트가 아무 말 없이 FIN을 보낼 수도 있습니다. 그러면 메시지는 비어 있습니다. `${client} says: `를 출력하고 연결을 닫으세요. Buffer.concat([])은 빈 Buffer이지만, 시작값 없는 reduce()는 예외를 던집니다.",
  "A pipe carries bytes, not requests: one read can hold several requests, or part of one. Only a \"\\n\" ends a request.":
    "파이프는 요청이 아니라 바이트를 나릅니다. 한 번 읽은 데이터에 요청 여러 개가 들어 있을 수도, 요청의 일부만 들어 있을 수도 있습니다. 요청을 끝내는 것은 \"\\n\"뿐입니다.",
  "A port is 16 bits: 0 to 65535. Accept only digits (/^[0-9]+$/), refuse anything above MAX_PORT, and put the text you were given in the error message.":
    "포트 번호는 16비트, 즉 0부터 65535까지입니다. 숫자(/^[0-9]+$/)만 받아들이고, MAX_PORT보다 큰 값은 거부하고, 받은 텍스트를 오류 메시지에 넣으세요.",
  "A reply may arrive in many pieces. Your parent should wait for the \"\\n\" that ends the reply before printing it.":
    "응답은 여러 조각으로 나뉘어 도착할 수 있습니다. 부모 프로세스는 응답을 끝내는 \"\\n\"을 기다린 다음에 출력해야 합니다.",
  "A reset arrives as an \"error\" event with code ECONNRESET. Reject with a message that says the connection was reset, so the user knows the reply is missing.":
    "재설정(reset)은 코드가 ECONNRESET인 \"error\" 이벤트로 도착합니다. 연결이 재설정되었다는 메시지로 reject하세요. 그래야 사용자가 응답이 빠졌다는 것을 압니다.",
  "A second count is one more request: 4.": "두 번째 count도 요청 하나이므로 하나 늘어난 4입니다.",
  "A server listening on an IPv6 address sees IPv4 clients as ::ffff:127.0.0.1. Pass socket.remoteAddress through your normaliseAddress before you answer.":
    "IPv6 주소에서 수신하는 서버는 IPv4 클라이언트를 ::ffff:127.0.0.1로 봅니다. 응답하기 전에 socket.remoteAddress를 여러분의 normaliseAddress에 통과시키세요.",
  "Addresses: IP and port": "주소: IP와 포트 번호",
  "After {chunk}, payload {n} is not the one that was sent.": "{chunk} 뒤에 나온 {n}번째 페이로드가 보낸 것과 다릅니다.",
  "After {chunk}, push returned {count} payload(s): {got}. It should return {wanted}: {expected}.":
    "{chunk} 뒤에 push가 페이로드 {count}개를 반환했습니다: {got}. 반환해야 하는 것은 {wanted}개입니다: {expected}.",
  "An \"end\" event before every echo came back is a failure: reject with a message that says the server closed the connection, and how many echoes arrived.":
    "모든 에코가 돌아오기 전에 \"end\" 이벤트가 오면 실패입니다. 서버가 연결을 닫았다는 것과 에코가 몇 개 도착했는지 말하는 메시지로 reject하세요.",
  "Answer with socket.end(line), keep the server open for the next client, and normalise ::ffff:127.0.0.1 to 127.0.0.1.":
    "socket.end(line)으로 응답하고, 다음 클라이언트를 위해 서버는 열어 두고, ::ffff:127.0.0.1은 127.0.0.1로 정규화하세요.",
  "As soon as a client connects, write exactly GREETING (\"Hello. Client.\"): no newline, nothing else, and before you wait for its message.":
    "클라이언트가 연결하자마자 GREETING(\"Hello. Client.\")을 정확히 그대로 쓰세요. 줄바꿈도, 다른 것도 붙이지 말고, 클라이언트의 메시지를 기다리기 전에 쓰세요.",
  "Bit operators in JavaScript are signed 32-bit: end parseIPv4 with >>> 0, and take bytes in formatIPv4 with >>> and & 255.":
    "JavaScript의 비트 연산자는 부호 있는 32비트로 계산합니다. parseIPv4는 >>> 0으로 끝내고, formatIPv4에서는 >>>와 & 255로 바이트를 꺼내세요.",
  "Call socket.setTimeout(timeoutMs) and handle the \"timeout\" event: reject with a message that says it timed out, and destroy the socket.":
    "socket.setTimeout(timeoutMs)을 호출하고 \"timeout\" 이벤트를 처리하세요. 시간이 초과되었다는 메시지로 reject하고 소켓을 destroy하세요.",
  "Check each part with /^[0-9]+$/ before converting it: parseInt(\"12abc\") quietly gives 12. Then refuse empty parts, leading zeros and values above 255, and put the offending part in the error message.":
    "각 부분을 변환하기 전에 /^[0-9]+$/로 검사하세요. parseInt(\"12abc\")는 조용히 12를 돌려줍니다. 그다음 빈 부분, 앞자리 0, 255보다 큰 값을 거부하고, 문제가 된 부분을 오류 메시지에 넣으세요.",
  "Check the announced length against the maximum as soon as you read the header, before you wait for the payload.":
    "헤더를 읽자마자, 페이로드를 기다리기 전에, 알려 온 길이를 최댓값과 비교하세요.",
  "Close only the client's socket, never the server: the function you gave createServer runs again for every new client, several at once too.":
    "클라이언트의 소켓만 닫고 서버는 절대 닫지 마세요. createServer에 넘긴 함수는 새 클라이언트마다, 여러 클라이언트가 동시에 와도, 다시 실행됩니다.",
  "Collect chunks from every \"data\" event into an array; the reply is complete on \"end\".": "모든 \"data\" 이벤트의 청크를 배열에 모으세요. 응답은 \"end\"에서 완성됩니다.",
  "Collect the chunks of every \"data\" event; the message is complete on \"end\", or once you hold MAX_MESSAGE_BYTES bytes.":
    "모든 \"data\" 이벤트의 청크를 모으세요. 메시지는 \"end\"에서, 또는 MAX_MESSAGE_BYTES바이트를 쥐었을 때 완성됩니다.",
  "Compare the length with the maximum right after readUInt32BE, before checking whether the payload has arrived, and throw an Error that says \"too large\". Exactly the maximum is allowed: use >, not >=.":
    "readUInt32BE 바로 다음에, 페이로드가 도착했는지 확인하기 전에, 길이를 최댓값과 비교하고 \"too large\"라고 말하는 Error를 던지세요. 최댓값과 정확히 같은 길이는 허용됩니다. >=가 아니라 >를 쓰세요.",
  "Compare with the first port of each range: port < 1024 is well-known, port < 49152 is registered, the rest is ephemeral. 1024 is registered, and 49152 is ephemeral.":
    "각 범위의 첫 포트와 비교하세요. port < 1024는 well-known(잘 알려진 포트), port < 49152는 registered(등록된 포트), 나머지는 ephemeral(임시 포트)입니다. 1024는 registered이고, 49152는 ephemeral입니다.",
  "Count the bytes as they arrive. As soon as you hold MAX_MESSAGE_BYTES, print only the first MAX_MESSAGE_BYTES (subarray) and close: this client never sends FIN.":
    "도착하는 바이트를 세세요. MAX_MESSAGE_BYTES를 쥐자마자 처음 MAX_MESSAGE_BYTES바이트만(subarray) 출력하고 연결을 닫으세요. 이 클라이언트는 FIN을 끝내 보내지 않습니다.",
  "Count the bytes as they arrive. When you have MAX_REPLY_BYTES, keep only the first MAX_REPLY_BYTES, finish, and close the socket.":
    "도착하는 바이트를 세세요. MAX_REPLY_BYTES만큼 받았으면 처음 MAX_REPLY_BYTES바이트만 남기고, 마무리하고, 소켓을 닫으세요.",
  "Create the FrameDecoder once per connection, outside the \"data\" handler. A new decoder per \"data\" event forgets the bytes that came before.":
    "FrameDecoder는 연결마다 한 번, \"data\" 핸들러 밖에서 만드세요. \"data\" 이벤트마다 새 디코더를 만들면 앞서 온 바이트를 잊어버립니다.",
  "Create the memory ({ seen: 0 }) once, before the loop in serve, not inside it; add 1 for every request (count included) in answer.":
    "메모리({ seen: 0 })는 serve의 반복문 안이 아니라 반복문 앞에서 한 번만 만드세요. answer에서는 요청마다(count 포함) 1을 더하세요.",
  "Decode once, after joining all chunks with Buffer.concat. Decoding each chunk alone breaks a character whose bytes arrive in two chunks.":
    "모든 청크를 Buffer.concat으로 이은 뒤에 한 번만 디코딩하세요. 청크를 하나씩 따로 디코딩하면, 바이트가 두 청크에 나뉘어 도착한 글자가 깨집니다.",
  "Did your server pass --host to listen()?": "서버가 --host 값을 listen()에 넘겼나요?",
  "Do not close the listening server after a client. createServer calls your connection handler for every client, as long as the server listens.":
    "클라이언트 하나를 처리한 뒤에 수신 중인 서버를 닫지 마세요. 서버가 수신하는 동안 createServer는 클라이언트마다 여러분의 연결 핸들러를 호출합니다.",
  "Errors: catch what push throws and close that connection; handle \"error\" on every socket; treat \"end\" before the last echo as a failure.":
    "오류 처리: push가 던지는 예외를 잡아 그 연결을 닫고, 모든 소켓에서 \"error\"를 처리하고, 마지막 에코 전에 오는 \"end\"는 실패로 다루세요.",
  "Every check of exercise {number} passes. Well done!\nCompare your work with the reference in solutions/{slug}/: npm run compare -- {number}":
    "실습 {number}의 모든 검사를 통과했습니다. 잘하셨습니다!\nsolutions/{slug}/의 기준 구현과 비교해 보세요: npm run compare -- {number}",
  "Every check passed. Well done!": "모든 검사를 통과했습니다. 잘하셨습니다!",
  "Every connection socket needs an \"error\" handler, and the server too: one for resets, one for a port in use.":
    "모든 연결 소켓에는 \"error\" 핸들러가 필요하고, 서버에도 필요합니다. 하나는 재설정(reset)을 위해, 하나는 이미 사용 중인 포트를 위해서입니다.",
  "Every exercise is done. Well done! Compare your work with the reference: npm run compare -- NN":
    "모든 실습을 마쳤습니다. 잘하셨습니다! 기준 구현과 비교해 보세요: npm run compare -- NN",
  "Every failure is an \"error\" or \"timeout\" event: turn each into a rejected promise with a clear sentence.":
    "모든 실패는 \"error\" 또는 \"timeout\" 이벤트로 옵니다. 각각을 분명한 문장과 함께 reject된 promise로 바꾸세요.",
  "Every request gets exactly one reply line on stdout, an unknown one too: the parent waits for it. Then the child goes on answering.":
    "모든 요청은, 모르는 요청이라도, stdout에 정확히 한 줄의 응답을 받습니다. 부모 프로세스가 그 줄을 기다리기 때문입니다. 그다음에도 자식 프로세스는 계속 응답합니다.",
  "Every wait in the parent goes through withTimeout. On any error: child.kill(), wait for \"close\", rethrow; main prints error: … and sets process.exitCode = 1.":
    "부모 프로세스의 모든 기다림은 withTimeout을 거칩니다. 어떤 오류든 나면 child.kill()을 하고, \"close\"를 기다리고, 다시 던지세요. main은 error: …를 출력하고 process.exitCode = 1로 설정합니다.",
  "Exercise {number} does not pass yet ({passing}). Finish it first: npm test exercises/{number}\nThe reference is more useful once you have your own answer. To look anyway: npm run compare -- {number} --force":
    "실습 {number}: 아직 통과하지 못했습니다({passing}). 먼저 끝내세요: npm test exercises/{number}\n기준 구현은 여러분만의 답이 있을 때 더 쓸모가 있습니다. 그래도 보려면: npm run compare -- {number} --force",
  "FAILED: {message}": "실패: {message}",
  "FIN (nothing more to send)": "FIN (더 보낼 것이 없음)",
  "Feedback for {id}": "{id}님을 위한 피드백",
  "Finish once only: a flag (finished) keeps \"end\" and the 100-byte limit from printing twice.":
    "마무리는 한 번만 하세요. 플래그(finished)를 두면 \"end\"와 100바이트 제한이 두 번 출력하는 일을 막을 수 있습니다.",
  "For \"exit 7\", write \"bye 7\" and return 7 from serve; main puts it in process.exitCode. Leaving the loop stops reading stdin, so the process ends.":
    "\"exit 7\"에는 \"bye 7\"을 쓰고 serve에서 7을 반환하세요. main이 그 값을 process.exitCode에 넣습니다. 반복문을 빠져나오면 stdin 읽기가 멈추므로 프로세스가 끝납니다.",
  "For a client that said nothing, print its address, \" says: \" and the empty message.": "아무 말도 하지 않은 클라이언트에게도 주소, \" says: \", 그리고 빈 메시지를 출력하세요.",
  "FrameDecoder keeps payloads as bytes: a UTF-8 character cut between chunks, and all 256 byte values":
    "FrameDecoder가 페이로드를 바이트 그대로 유지합니다: 청크 사이에서 잘린 UTF-8 글자와 256가지 바이트 값 모두",
  "FrameDecoder puts a frame back together when it arrives one byte at a time": "FrameDecoder가 한 바이트씩 도착하는 프레임을 다시 맞춥니다",
  "FrameDecoder returns every frame when several arrive in one chunk, empty frames too": "FrameDecoder가 한 청크에 여러 프레임이 오면 빈 프레임까지 모두 반환합니다",
  "FrameDecoder({max}) accepts a frame of exactly {max} bytes": "FrameDecoder({max})가 정확히 {max}바이트인 프레임을 받아들입니다",
  "FrameDecoder.push: add the chunk to this.pending, then loop: is there a whole header? Is there a whole payload after it? Take it out and look again.":
    "FrameDecoder.push: 청크를 this.pending에 더한 다음 반복하세요. 헤더가 온전히 있나? 그 뒤에 페이로드가 온전히 있나? 있으면 꺼내고 다시 보세요.",
  "Framing messages on a byte stream": "바이트 스트림 위에서 메시지 프레이밍하기",
  "GRADER ERROR: {message}": "채점기 오류: {message}",
  "Give every connection socket an \"error\" handler that prints one line. Without it, a single client's ECONNRESET stops the whole server.":
    "모든 연결 소켓에 한 줄을 출력하는 \"error\" 핸들러를 다세요. 그것이 없으면 클라이언트 하나의 ECONNRESET이 서버 전체를 멈춥니다.",
  "Hint {n} of {total}: {hint}": "힌트 {n}/{total}: {hint}",
  "Hint: {hint}": "힌트: {hint}",
  "Hints for {number} start again from the first. Run npm run hint -- {number} to see it.":
    "실습 {number}의 힌트를 처음부터 다시 봅니다. 첫 힌트를 보려면 npm run hint -- {number}를 실행하세요.",
  "IANA's ephemeral range starts at 49152. Linux hands out ephemeral ports from 32768, but that is the machine's choice, not IANA's table.":
    "IANA의 임시 포트(ephemeral) 범위는 49152부터입니다. Linux는 32768부터 임시 포트를 내주지만, 그것은 그 기계의 선택이지 IANA의 표가 아닙니다.",
  "In the parent, spawn(process.execPath, [...process.execArgv, childPath]) starts the child with the same node (and tsx) as the parent.":
    "부모 프로세스에서 spawn(process.execPath, [...process.execArgv, childPath])를 쓰면 부모와 같은 node(와 tsx)로 자식 프로세스를 시작합니다.",
  "In the server, each client has its own socket: socket.remoteAddress and socket.remotePort are that client's side.":
    "서버에서는 클라이언트마다 자기 소켓이 있습니다. socket.remoteAddress와 socket.remotePort가 그 클라이언트 쪽입니다.",
  "Is your server listening on the port it printed?": "서버가 출력한 포트 번호에서 수신하고 있나요?",
  "It is negative: JavaScript's bit operators (<<, |) give signed 32-bit numbers. Finish with >>> 0 to read the same bits as unsigned.":
    "음수가 나왔습니다. JavaScript의 비트 연산자(<<, |)는 부호 있는 32비트 수를 돌려줍니다. 마지막에 >>> 0을 해서 같은 비트를 부호 없는 수로 읽으세요.",
  "JavaScript's << and | work on signed 32-bit numbers, so 128.0.0.0 and above come out negative. End with >>> 0 to read the same 32 bits as an unsigned number.":
    "JavaScript의 <<와 |는 부호 있는 32비트 수로 계산하므로 128.0.0.0 이상은 음수가 됩니다. >>> 0으로 끝내서 같은 32비트를 부호 없는 수로 읽으세요.",
  "Join with Buffer.concat and decode once: a UTF-8 character may be cut between two chunks.":
    "Buffer.concat으로 이은 다음 한 번만 디코딩하세요. UTF-8 글자 하나가 두 청크 사이에서 잘릴 수 있습니다.",
  "Keep every chunk that \"data\" gives you and print only on \"end\" (or after 100 bytes). One \"data\" event is not one message.":
    "\"data\"가 주는 청크를 모두 모아 두고 \"end\"에서(또는 100바이트를 받은 뒤에)만 출력하세요. \"data\" 이벤트 하나가 메시지 하나는 아닙니다.",
  "Keep every chunk that \"data\" gives you and print only on \"end\" (or once you hold 100 bytes). One \"data\" event is not one message.":
    "\"data\"가 주는 청크를 모두 모아 두고 \"end\"에서(또는 100바이트를 쥐었을 때)만 출력하세요. \"data\" 이벤트 하나가 메시지 하나는 아닙니다.",
  "Keep everything as bytes inside the decoder: never call toString on a chunk or a payload. A character cut between chunks, or a byte from 80 to ff, does not survive a trip through text.":
    "디코더 안에서는 모든 것을 바이트로 유지하세요. 청크나 페이로드에 toString을 절대 부르지 마세요. 청크 사이에서 잘린 글자나 80부터 ff까지의 바이트는 텍스트를 거쳐 오면 살아남지 못합니다.",
  "Keep the bytes that are not a whole frame yet in this.pending, and add every new chunk to them with Buffer.concat. Read a length only when at least 4 bytes are pending.":
    "아직 온전한 프레임이 되지 못한 바이트는 this.pending에 두고, 새 청크가 올 때마다 Buffer.concat으로 덧붙이세요. 길이는 기다리는 바이트가 4바이트 이상일 때만 읽으세요.",
  "LAB_TARGET points at {root}, but it has no folder {folder}/. Use exercises, solutions, or a folder laid out like exercises/.":
    "LAB_TARGET이 가리키는 {root} 안에 {folder}/ 폴더가 없습니다. exercises, solutions, 또는 exercises/와 같은 구조의 폴더를 쓰세요.",
  "Listen for the child's \"close\" event before writing anything: it carries the exit code, and it also tells you when the child died before answering.":
    "무엇이든 쓰기 전에 자식 프로세스의 \"close\" 이벤트부터 기다리세요. 이 이벤트는 종료 코드를 담고 있고, 자식이 응답하기 전에 죽었을 때도 알려 줍니다.",
  "Listen for the server's \"error\" event before listen(). For EADDRINUSE, reject with a sentence that names the port and says it is in use; main() prints it and exits with code 1.":
    "listen() 전에 서버의 \"error\" 이벤트를 기다리세요. EADDRINUSE라면 포트 번호를 밝히고 그 포트가 사용 중이라고 말하는 문장으로 reject하세요. main()이 그것을 출력하고 코드 1로 종료합니다.",
  "Listen for the server's \"error\" event until it listens, and reject with that error. main() should print one line that says the port is already in use (EADDRINUSE) and set process.exitCode = 1.":
    "서버가 수신을 시작할 때까지 \"error\" 이벤트를 기다리고, 그 오류로 reject하세요. main()은 포트가 이미 사용 중(EADDRINUSE)이라고 말하는 한 줄을 출력하고 process.exitCode = 1로 설정해야 합니다.",
  "Listen for the socket's \"error\" event. For ECONNREFUSED, reject with a sentence that contains the word \"refused\"; main() prints it and sets the exit code.":
    "소켓의 \"error\" 이벤트를 기다리세요. ECONNREFUSED라면 \"refused\"라는 단어가 들어간 문장으로 reject하세요. main()이 그것을 출력하고 종료 코드를 설정합니다.",
  "MAX_FRAME_BYTES + 1 ({count}) bytes": "MAX_FRAME_BYTES + 1({count})바이트",
  "Match exactly \"::ffff:\" followed by a dotted quad, ignoring case, and return the dotted quad. Leave every other address as it is: \"::1\" must stay \"::1\".":
    "대소문자를 무시하고 \"::ffff:\" 바로 뒤에 점으로 구분한 네 숫자(dotted quad)가 오는 경우만 찾아 그 네 숫자를 반환하세요. 다른 주소는 모두 그대로 두세요. \"::1\"은 \"::1\"로 남아야 합니다.",
  "NOT STARTED: {message}": "시작 안 함: {message}",
  "Next: exercise {number}, {title}. Read {lesson}, then run: npm test exercises/{number}":
    "다음: 실습 {number}, {title}. {lesson} 문서를 읽은 다음 실행하세요: npm test exercises/{number}",
  "No exercise folder was found in this submission. The grader looks for {folders} either at the top of the submission or inside an exercises/ folder.":
    "이 제출물에서 실습 폴더를 찾지 못했습니다. 채점기는 제출물의 맨 위나 exercises/ 폴더 안에서 다음 폴더를 찾습니다: {folders}.",
  "Not started yet:": "아직 시작하지 않은 검사:",
  "Not started yet: write {names} in {file}. Start with {lesson}.": "아직 시작하지 않았습니다. {file}에서 {names} 함수를 작성하세요. {lesson}부터 읽어 보세요.",
  "Nothing happened in time. Is your program waiting for something that never comes, for example the whole reply in a single 'data' event, or a close that the other side never sends?":
    "제한 시간 안에 아무 일도 일어나지 않았습니다. 프로그램이 끝내 오지 않을 무언가를 기다리고 있지 않나요? 예를 들어 'data' 이벤트 한 번에 오는 응답 전체나, 상대가 결코 보내지 않는 close 같은 것 말입니다.",
  "One \"data\" chunk is not one request. Keep what follows the last \"\\n\" in a buffer and put it in front of the next chunk: splitLines returns it as `rest`, and readLines keeps it between chunks.":
    "\"data\" 청크 하나가 요청 하나는 아닙니다. 마지막 \"\\n\" 뒤에 남은 것을 버퍼에 두었다가 다음 청크 앞에 붙이세요. splitLines는 그것을 `rest`로 돌려주고, readLines는 청크와 청크 사이에 그것을 보관합니다.",
  "Only the first part of the message was used. TCP is a byte stream: one 'data' event can hold part of a message, or several. Keep reading until you have it all.":
    "메시지의 앞부분만 쓰였습니다. TCP는 바이트 스트림입니다. 'data' 이벤트 하나에 메시지의 일부가 들어 있을 수도, 여러 메시지가 들어 있을 수도 있습니다. 전부 받을 때까지 계속 읽으세요.",
  "Only {received} of the {sent} bytes came back: after \"drain\", resume() the socket so it reads again.":
    "{sent}바이트 중 {received}바이트만 돌아왔습니다. \"drain\" 뒤에 소켓을 resume()해서 다시 읽게 하세요.",
  "Part of your work could not be graded because of a problem on the grader's side; your teacher has been told:":
    "채점기 쪽 문제로 여러분 작업의 일부를 채점하지 못했습니다. 선생님께 이미 알렸습니다:",
  "Points {score}/{max}.": "점수 {score}/{max}.",
  "Ports are 16 bits (0-65535). IANA's ranges start at 0, 1024 and 49152: compare with < at each start.":
    "포트 번호는 16비트(0-65535)입니다. IANA의 범위는 0, 1024, 49152에서 시작합니다. 각 시작점과 <로 비교하세요.",
  "Processes and pipes": "프로세스와 파이프",
  "RST (reset)": "RST (재설정)",
  "Read more: {lesson}": "더 읽기: {lesson}",
  "Read remoteAddress and remotePort at the start of the handler and print `${address}:${port} says: ${message}`; then close with socket.destroySoon().":
    "핸들러를 시작할 때 remoteAddress와 remotePort를 읽어 두고 `${address}:${port} says: ${message}`를 출력하세요. 그다음 socket.destroySoon()으로 닫으세요.",
  "Read the child's stdout with readLines: a reply is complete only at its \"\\n\", however many chunks it came in.":
    "자식 프로세스의 stdout은 readLines로 읽으세요. 응답이 몇 개의 청크로 왔든, \"\\n\"이 와야 완성됩니다.",
  "Read {lesson}, then replace the TODO in {file}.": "{lesson} 문서를 읽은 다음 {file}의 TODO를 채우세요.",
  "Run the same checks yourself with npm test exercises/NN (for example npm test exercises/03): every save grades again.":
    "같은 검사를 npm test exercises/NN(예: npm test exercises/03)으로 직접 실행해 보세요. 저장할 때마다 다시 채점합니다.",
  "Say which port is taken: your message should contain {port}, so the user knows what to change.":
    "어느 포트가 사용 중인지 밝히세요. 메시지에 포트 번호({port})가 들어 있어야 사용자가 무엇을 바꿀지 압니다.",
  "Send back every payload that decoder.push returns (a for…of loop), each wrapped again with encodeFrame. Do not write the raw chunk back: an unfinished frame must not be echoed.":
    "decoder.push가 반환하는 페이로드를 모두(for…of 반복문으로) encodeFrame으로 다시 감싸서 돌려보내세요. 받은 청크를 그대로 되쓰지 마세요. 덜 온 프레임은 에코하면 안 됩니다.",
  "Send each message with socket.write(encodeFrame(message)). Push every \"data\" chunk into one FrameDecoder and print only the payloads it returns, once you have one per message.":
    "메시지마다 socket.write(encodeFrame(message))로 보내세요. 모든 \"data\" 청크를 FrameDecoder 하나에 push하고, 그것이 반환하는 페이로드만 출력하세요. 메시지마다 하나씩 받으면 끝입니다.",
  "Send the line with socket.end(line) instead of socket.write(line): end() writes, then closes the connection, so the client knows the answer is complete.":
    "socket.write(line) 대신 socket.end(line)으로 줄을 보내세요. end()는 쓰고 나서 연결을 닫으므로, 클라이언트가 응답이 끝났다는 것을 압니다.",
  "Start from the note's client: connect, send, receive, close. Each of these is an event or a call on a node:net socket.":
    "노트의 클라이언트에서 출발하세요: 연결하기, 보내기, 받기, 닫기. 각각이 node:net 소켓의 이벤트나 호출 하나입니다.",
  "Start from the note's server: bind and listen, accept, send, receive, close. In Node, createServer + listen do the first two, and your connection handler does the rest, once per client.":
    "노트의 서버에서 출발하세요: bind와 listen, accept, 보내기, 받기, 닫기. Node에서는 createServer + listen이 앞의 둘을 하고, 나머지는 여러분의 연결 핸들러가 클라이언트마다 한 번씩 합니다.",
  "Start with addresses.ts: every function there is pure, so try it in a REPL (npx tsx) on 127.0.0.1 before the grader does.":
    "addresses.ts부터 시작하세요. 거기 있는 함수는 모두 순수 함수이니, 채점기보다 먼저 REPL(npx tsx)에서 127.0.0.1로 시험해 보세요.",
  "Start with lines.ts: splitLines(\"a\\nb\\nc\") should give lines [\"a\", \"b\"] and rest \"c\". Both programs use it to find whole lines in a stream.":
    "lines.ts부터 시작하세요. splitLines(\"a\\nb\\nc\")는 lines [\"a\", \"b\"]와 rest \"c\"를 돌려줘야 합니다. 두 프로그램 모두 이것으로 스트림에서 온전한 줄을 찾습니다.",
  "Still stuck? Run it again for hint {next}. The lesson is {lesson}.": "아직 막혔나요? 한 번 더 실행하면 {next}번째 힌트를 봅니다. 레슨: {lesson}",
  "Stop at MAX_REPLY_BYTES: keep the first 100 bytes, resolve, and destroy the socket.":
    "MAX_REPLY_BYTES에서 멈추세요. 처음 100바이트만 남기고, resolve하고, 소켓을 destroy하세요.",
  "TCP client": "TCP 클라이언트",
  "TCP does not keep your messages apart. A frame does: 4 bytes that say how long the payload is, then the payload. Start with encodeFrame.":
    "TCP는 메시지를 서로 구분해 주지 않습니다. 프레임이 구분해 줍니다. 페이로드 길이를 알려 주는 4바이트, 그다음 페이로드입니다. encodeFrame부터 시작하세요.",
  "TCP server": "TCP 서버",
  "Take each byte with >>> and & 255 ((value >>> 24) & 255, …): >> keeps the sign and gives a negative first part. Refuse values that are not whole numbers from 0 to 4294967295, naming the value.":
    "각 바이트는 >>>와 & 255로 꺼내세요((value >>> 24) & 255, …). >>는 부호를 유지해서 첫 부분이 음수가 됩니다. 0부터 4294967295까지의 정수가 아닌 값은 그 값을 밝히며 거부하세요.",
  "That was the last hint. The lesson {lesson} and each failing check's own hint say the rest.":
    "마지막 힌트였습니다. 나머지는 레슨({lesson})과 실패한 검사마다 붙는 힌트가 알려 줍니다.",
  "The bytes are in reverse order: the first part is the most significant byte (network byte order), so it goes in the top 8 bits.":
    "바이트 순서가 거꾸로입니다. 첫 부분이 가장 큰 자리의 바이트(네트워크 바이트 순서)이므로 맨 위 8비트에 들어갑니다.",
  "The check failed after these steps:": "검사는 다음 단계를 거친 뒤 실패했습니다:",
  "The client closed at once without sending anything, and waited {seconds} s for your server to close too. An empty message is still a message: print it and close.":
    "클라이언트는 아무것도 보내지 않고 바로 닫은 뒤, 서버도 닫기를 {seconds}초 동안 기다렸습니다. 빈 메시지도 메시지입니다. 출력하고 연결을 닫으세요.",
  "The client sent its message and FIN, and has waited {seconds} s for your server to close the connection. FIN means \"I have nothing more to say\", not \"goodbye\": the client is still there. On \"end\", print the message and close the connection.":
    "클라이언트는 메시지와 FIN을 보내고, 서버가 연결을 닫기를 {seconds}초 동안 기다렸습니다. FIN은 \"안녕히 계세요\"가 아니라 \"더 할 말이 없습니다\"라는 뜻입니다. 클라이언트는 아직 거기 있습니다. \"end\"에서 메시지를 출력하고 연결을 닫으세요.",
  "The client sent its message and FIN, and waited {seconds} s for your server to close the connection.":
    "클라이언트는 메시지와 FIN을 보내고, 서버가 연결을 닫기를 {seconds}초 동안 기다렸습니다.",
  "The client's FIN arrives as \"end\": print the message there and close with socket.destroySoon(). Do not wait for \"close\": with allowHalfOpen it only comes after you close.":
    "클라이언트의 FIN은 \"end\"로 도착합니다. 거기서 메시지를 출력하고 socket.destroySoon()으로 닫으세요. \"close\"를 기다리지 마세요. allowHalfOpen을 켜면 \"close\"는 여러분이 닫은 뒤에야 옵니다.",
  "The client's address is socket.remoteAddress and socket.remotePort (localAddress/localPort are the server's own). Print `${address}:${port} says: ${message}` on one line.":
    "클라이언트의 주소는 socket.remoteAddress와 socket.remotePort입니다(localAddress/localPort는 서버 자신의 것). `${address}:${port} says: ${message}`를 한 줄로 출력하세요.",
  "The client's side of the connection is socket.remoteAddress and socket.remotePort. socket.localPort is the server's own port, the same for every client. Send \"you are \" + address + \":\" + port + \"\\n\".":
    "연결의 클라이언트 쪽은 socket.remoteAddress와 socket.remotePort입니다. socket.localPort는 서버 자신의 포트 번호로, 어느 클라이언트에게나 같습니다. \"you are \" + address + \":\" + port + \"\\n\"을 보내세요.",
  "The connection failed with {code}.": "연결이 실패했습니다({code}).",
  "The connection of {who} was refused. {advice}": "{who}의 연결이 거부되었습니다. {advice}",
  "The connection was refused (ECONNREFUSED): nothing was listening on that port. Is the server started, and is it listening on the port it was given with --port?":
    "연결이 거부되었습니다(ECONNREFUSED). 그 포트에서 수신하는 것이 없었습니다. 서버가 시작되었나요? --port로 받은 포트 번호에서 수신하고 있나요?",
  "The connection was refused ({code}): your server still runs but no longer accepts clients. Does it close its listening socket after a client?":
    "연결이 거부되었습니다({code}). 서버는 아직 실행 중이지만 더 이상 클라이언트를 받지 않습니다. 클라이언트 하나를 처리한 뒤 수신 소켓을 닫고 있지 않나요?",
  "The connection was refused: your server has ended by itself (exit code 0). A server keeps listening for the next client.":
    "연결이 거부되었습니다. 서버가 스스로 끝나 버렸습니다(종료 코드 0). 서버는 다음 클라이언트를 위해 계속 수신해야 합니다.",
  "The connection was refused: your server is not running any more ({exit}). Its output above shows why.":
    "연결이 거부되었습니다. 서버가 더 이상 실행 중이 아닙니다({exit}). 위에 있는 서버의 출력에 이유가 나옵니다.",
  "The connection was reset (ECONNRESET): the other side aborted it. Handle the socket's 'error' event, so one bad connection cannot crash your program.":
    "연결이 재설정되었습니다(ECONNRESET). 상대가 연결을 중단했습니다. 소켓의 'error' 이벤트를 처리해서, 잘못된 연결 하나 때문에 프로그램이 죽지 않게 하세요.",
  "The echo client: write one frame per message, push every chunk into one decoder, and resolve when you have as many echoes as messages.":
    "에코 클라이언트: 메시지마다 프레임 하나를 쓰고, 모든 청크를 디코더 하나에 push하고, 메시지 수만큼 에코를 받으면 resolve하세요.",
  "The echo server: one FrameDecoder per connection, created outside the \"data\" handler; send back every payload that push returns, with encodeFrame.":
    "에코 서버: 연결마다 FrameDecoder 하나를 \"data\" 핸들러 밖에서 만들고, push가 반환하는 페이로드를 모두 encodeFrame으로 돌려보내세요.",
  "The file exercises/{slug}/{file} is missing.": "exercises/{slug}/{file} 파일이 없습니다.",
  "The file {file} is missing from {folder}. Restore it (git checkout) or recreate it from the lesson.":
    "{folder}에 {file} 파일이 없습니다. 되살리거나(git checkout) 레슨을 보고 다시 만드세요.",
  "The first part is negative: >> keeps the sign of a 32-bit number. Shift with >>> instead.": "첫 부분이 음수입니다. >>는 32비트 수의 부호를 유지합니다. 대신 >>>로 시프트하세요.",
  "The first part is the most significant byte: 1.2.3.4 is 1*2^24 + 2*2^16 + 3*2^8 + 4 = 16909060. Check that you shift the first part by 24, not the last.":
    "첫 부분이 가장 큰 자리의 바이트입니다. 1.2.3.4는 1*2^24 + 2*2^16 + 3*2^8 + 4 = 16909060입니다. 마지막 부분이 아니라 첫 부분을 24만큼 시프트하는지 확인하세요.",
  "The folder exercises/{slug}/ is missing from this submission, so none of its checks could run.":
    "이 제출물에 exercises/{slug}/ 폴더가 없어서 그 검사를 하나도 실행하지 못했습니다.",
  "The folder {folder} is missing, so none of its checks could run. Restore it (git checkout).":
    "{folder} 폴더가 없어서 그 검사를 하나도 실행하지 못했습니다. 되살리세요(git checkout).",
  "The grader could not read your code: {error}": "채점기가 여러분의 코드를 읽지 못했습니다: {error}",
  "The grader could not run your {name}: {error}": "채점기가 여러분의 {name} 함수를 실행하지 못했습니다: {error}",
  "The grader itself failed; please report it: {error}": "채점기 자체가 실패했습니다. 이 내용을 알려 주세요: {error}",
  "The grader itself failed; please tell your teacher: {error}": "채점기 자체가 실패했습니다. 선생님께 알려 주세요: {error}",
  "The grader stopped your program from {what}. While it is graded, a program may read only its own folder, write only to a scratch folder, and start other processes only in the exercise about processes.":
    "채점기가 여러분의 프로그램이 하려던 일을 막았습니다: {what}. 채점 중인 프로그램은 자기 폴더만 읽을 수 있고, 임시 작업 폴더에만 쓸 수 있으며, 다른 프로세스는 프로세스 실습에서만 시작할 수 있습니다.",
  "The grader timed out after {seconds} s waiting for {what}.": "채점기가 {seconds}초 동안 다음을 기다렸지만 시간이 초과되었습니다: {what}.",
  "The memory ({ seen: 0 }) is made once per process, before the loop. Two child processes never share it.":
    "메모리({ seen: 0 })는 프로세스마다 한 번, 반복문 전에 만들어집니다. 두 자식 프로세스가 그것을 함께 쓰는 일은 없습니다.",
  "The port is already in use (EADDRINUSE): another program is listening on it. Catch the 'error' event of your server, print a clear message and exit with a non-zero code.":
    "포트가 이미 사용 중입니다(EADDRINUSE). 다른 프로그램이 그 포트에서 수신하고 있습니다. 서버의 'error' 이벤트를 잡아서 분명한 메시지를 출력하고 0이 아닌 코드로 종료하세요.",
  "The reply to \"exit 7\" must be \"bye 7\", before the child exits.": "\"exit 7\"에 대한 응답은 자식 프로세스가 종료하기 전에 보내는 \"bye 7\"이어야 합니다.",
  "The reply to \"ping 0\" must be \"pong 0\", on its own line.": "\"ping 0\"에 대한 응답은 한 줄에 따로 쓴 \"pong 0\"이어야 합니다.",
  "The reply to \"ping 1\" must be \"pong 1\", on its own line.": "\"ping 1\"에 대한 응답은 한 줄에 따로 쓴 \"pong 1\"이어야 합니다.",
  "The reply to \"ping 1\" must be \"pong 1\".": "\"ping 1\"에 대한 응답은 \"pong 1\"이어야 합니다.",
  "The reply to \"ping 2\" must be \"pong 2\".": "\"ping 2\"에 대한 응답은 \"pong 2\"여야 합니다.",
  "The reply to \"ping TEXT\" must be \"pong TEXT\", with the same TEXT.": "\"ping TEXT\"에 대한 응답은 같은 TEXT를 쓴 \"pong TEXT\"여야 합니다.",
  "The second child is another process with its own memory: it has seen only this one request.":
    "두 번째 자식은 자기만의 메모리를 가진 다른 프로세스입니다. 이 프로세스가 본 요청은 이것 하나뿐입니다.",
  "The server did not receive the greeting it expected.": "서버가 기대한 인사말을 받지 못했습니다.",
  "The zip file could not be opened ({error}). Zip the folder again and submit the new file.": "zip 파일을 열 수 없습니다({error}). 폴더를 다시 압축해서 새 파일을 제출하세요.",
  "The zip file is damaged ({error}). Zip the folder again and submit the new file.": "zip 파일이 손상되었습니다({error}). 폴더를 다시 압축해서 새 파일을 제출하세요.",
  "The zip file is larger than {megabytes} MB. Zip only your exercise folders and submit the new file.":
    "zip 파일이 {megabytes} MB보다 큽니다. 실습 폴더만 압축해서 새 파일을 제출하세요.",
  "Then the child: answer() is a plain function (request in, reply out). Try it by hand: npx tsx exercises/01-processes/child.ts, type ping 1, press Enter.":
    "그다음은 자식 프로세스입니다. answer()는 평범한 함수입니다(요청을 넣으면 응답이 나옴). 직접 해 보세요: npx tsx exercises/01-processes/child.ts를 실행하고, ping 1을 입력하고, Enter를 누르세요.",
  "This client connected from {from}: print the client's address (remoteAddress:remotePort), then \" says: \" and its message.":
    "이 클라이언트는 {from}에서 연결했습니다. 클라이언트의 주소(remoteAddress:remotePort), 그다음 \" says: \"와 메시지를 출력하세요.",
  "This client sent its message and FIN, and waited {seconds} s for your server to close the connection.":
    "이 클라이언트는 메시지와 FIN을 보내고, 서버가 연결을 닫기를 {seconds}초 동안 기다렸습니다.",
  "Total: {total} / {max} points": "합계: {total} / {max}점",
  "Turn text into bytes with Buffer.from(text, \"utf8\") first and count those bytes: \"안녕\" is 6 bytes, not 2. Write the count with header.writeUInt32BE(length, 0): BE, not LE.":
    "먼저 Buffer.from(text, \"utf8\")로 텍스트를 바이트로 바꾸고 그 바이트를 세세요. \"안녕\"은 2가 아니라 6바이트입니다. 길이는 header.writeUInt32BE(length, 0)로 쓰세요. LE가 아니라 BE입니다.",
  "Turn the reply's bytes into text with reply.toString(\"utf8\") before printing. Printing the Buffer itself shows <Buffer 48 65 …>.":
    "출력하기 전에 reply.toString(\"utf8\")로 응답의 바이트를 텍스트로 바꾸세요. Buffer를 그대로 출력하면 <Buffer 48 65 …>가 나옵니다.",
  "Until the server listens, its \"error\" event (EADDRINUSE) must reject, so main() can print one clear line and exit with code 1.":
    "서버가 수신을 시작하기 전까지는 \"error\" 이벤트(EADDRINUSE)가 reject로 이어져야 합니다. 그래야 main()이 분명한 한 줄을 출력하고 코드 1로 종료할 수 있습니다.",
  "Use a while loop, not an if: after taking one frame out of this.pending, look again, because the same chunk may hold more frames. Loop while pending.length >= 4 (not > 4): an empty frame is just a header.":
    "if가 아니라 while 반복문을 쓰세요. this.pending에서 프레임 하나를 꺼낸 뒤 다시 보세요. 같은 청크에 프레임이 더 있을 수 있습니다. pending.length >= 4인 동안 반복하세요(> 4가 아닙니다). 빈 프레임은 헤더뿐입니다.",
  "What happened": "실제로 일어난 일",
  "What happened, drawn:": "실제로 일어난 일을 그림으로:",
  "What happened, in order:": "무슨 일이 있었는지, 순서대로:",
  "What passed:": "통과한 검사:",
  "What the lesson expects": "레슨이 기대하는 주고받기",
  "What the lesson expects:": "레슨이 기대하는 주고받기:",
  "When replies.next() says done, the child's output has ended: there is no reply. Wait for \"close\" and throw an Error like child exited with code 3 before answering \"ping 2\"; main prints it and exits with 1.":
    "replies.next()가 done이라고 하면 자식 프로세스의 출력이 끝난 것입니다. 응답은 없습니다. \"close\"를 기다린 다음 child exited with code 3 before answering \"ping 2\" 같은 Error를 던지세요. main이 그것을 출력하고 1로 종료합니다.",
  "When stdin ends, the for await loop ends: return 0 and let the process finish. Nothing else (a timer, an interval) may keep it running, and the end of input is not an error.":
    "stdin이 끝나면 for await 반복문도 끝납니다. 0을 반환하고 프로세스가 끝나게 두세요. 다른 어떤 것(타이머, interval)도 프로세스를 붙잡아 두면 안 되고, 입력의 끝은 오류가 아닙니다.",
  "Wrap decoder.push in try/catch: on an error, log it and socket.destroy() that one connection. And give every socket an \"error\" handler, so a client's reset cannot crash the server.":
    "decoder.push를 try/catch로 감싸세요. 오류가 나면 기록하고 그 연결 하나만 socket.destroy()하세요. 그리고 모든 소켓에 \"error\" 핸들러를 달아서, 클라이언트의 재설정(reset)이 서버를 죽이지 못하게 하세요.",
  "Wrap each wait in withTimeout(…, timeoutMs, …). When it fires, stop the child with child.kill() and wait for its \"close\": a live child keeps the parent running.":
    "기다림마다 withTimeout(…, timeoutMs, …)으로 감싸세요. 시간이 다 되면 child.kill()로 자식 프로세스를 멈추고 \"close\"를 기다리세요. 살아 있는 자식은 부모를 계속 실행 중으로 붙잡아 둡니다.",
  "Write GREETING the moment a client connects; the message comes after, in \"data\" events.":
    "클라이언트가 연결하는 순간 GREETING을 쓰세요. 메시지는 그 뒤에 \"data\" 이벤트로 옵니다.",
  "Write each request with a \"\\n\" (the child waits for it), print \"REQUEST -> REPLY\", then call child.stdin.end() so the child can finish, and wait for its \"close\" event.":
    "요청마다 \"\\n\"을 붙여 쓰고(자식 프로세스가 그것을 기다립니다), \"REQUEST -> REPLY\"를 출력하고, 자식이 끝날 수 있게 child.stdin.end()를 호출한 다음, 자식의 \"close\" 이벤트를 기다리세요.",
  "Write exactly one line on stdout for every request: \"pong TEXT\" for \"ping TEXT\", and for an unknown request the line error: unknown request \"…\" (on stdout too, not stderr, and without throwing). End each reply with \"\\n\".":
    "요청마다 stdout에 정확히 한 줄을 쓰세요. \"ping TEXT\"에는 \"pong TEXT\"를, 모르는 요청에는 error: unknown request \"…\" 줄을 씁니다(이것도 stderr가 아니라 stdout에, 예외를 던지지 않고). 응답은 모두 \"\\n\"으로 끝내세요.",
  "Write exactly the message from --message (default \"Hello. Server.\"): no newline, no extra spaces. Then call socket.end() so the server knows you are done.":
    "--message로 받은 메시지(기본값 \"Hello. Server.\")를 정확히 그대로 쓰세요. 줄바꿈도, 여분의 공백도 없이요. 그다음 socket.end()를 호출해서 다 보냈다는 것을 서버에 알리세요.",
  "Write the message on \"connect\", then socket.end(): the server then knows your message is complete.":
    "\"connect\"에서 메시지를 쓰고, 그다음 socket.end()를 호출하세요. 그러면 서버가 메시지가 끝났다는 것을 압니다.",
  "Your child was still running {seconds} s {after}. A child that does not end by itself is left behind (an orphan) when its parent goes away. Is something keeping it alive, such as a timer?":
    "{after} {seconds}초가 지나도 자식 프로세스가 여전히 실행 중이었습니다. 스스로 끝나지 않는 자식은 부모가 사라지면 홀로 남습니다(고아 프로세스). 타이머처럼 자식을 붙잡아 두는 것이 있지 않나요?",
  "Your child {how} when its stdin ended. The end of the input is the normal way to finish: exit with code 0.":
    "stdin이 끝났을 때 자식 프로세스가 {how}. 입력이 끝나는 것은 정상적인 마무리입니다. 코드 0으로 종료하세요.",
  "Your child {how}: \"exit 7\" asks for exit code 7. Return the code from serve, and main sets process.exitCode.":
    "자식 프로세스가 {how}. \"exit 7\"은 종료 코드 7을 요청합니다. serve에서 그 코드를 반환하면 main이 process.exitCode를 설정합니다.",
  "Your client did not send each message as one frame: 4-byte big-endian length, then the UTF-8 bytes.":
    "클라이언트가 메시지마다 프레임 하나로 보내지 않았습니다. 프레임은 4바이트 빅 엔디언 길이, 그다음 UTF-8 바이트입니다.",
  "Your client never connected to the server.": "클라이언트가 서버에 한 번도 연결하지 않았습니다.",
  "Your code crashed (or exited) while the grader ran \"{case}\".": "채점기가 \"{case}\" 사례를 실행하는 동안 여러분의 코드가 죽었습니다(또는 종료했습니다).",
  "Your code does not compile. Fix the error at the file and line shown, then save again.": "코드가 컴파일되지 않습니다. 표시된 파일과 줄의 오류를 고친 다음 다시 저장하세요.",
  "Your code does not compile:\n{errors}": "코드가 컴파일되지 않습니다:\n{errors}",
  "Your code threw an error the grader did not expect: {error}": "여러분의 코드가 채점기가 예상하지 못한 오류를 던졌습니다: {error}",
  "Your parent printed {line}, but the child exited without answering \"ping 2\". When the child's output ends, there is no reply: report the crash.":
    "부모 프로세스가 {line} 줄을 출력했지만, 자식은 \"ping 2\"에 응답하지 않고 종료했습니다. 자식의 출력이 끝나면 응답은 없습니다. 자식이 죽었다고 알리세요.",
  "Your parent should print one line \"REQUEST -> REPLY\" per request, then \"child exited with code N\".":
    "부모 프로세스는 요청마다 \"REQUEST -> REPLY\" 한 줄을, 마지막에 \"child exited with code N\"을 출력해야 합니다.",
  "Your parent should say how its child ended: \"child exited with code 5\".": "부모 프로세스는 자식이 어떻게 끝났는지 말해야 합니다: \"child exited with code 5\".",
  "Your parent was still running 5 s later, though --timeout 300 told it to give up after 0.3 s. Does every wait for the child have a timeout? And when it gives up, does it stop the child? A running child keeps its parent waiting.":
    "--timeout 300은 0.3초 뒤에 포기하라는 뜻인데, 5초가 지나도 부모 프로세스가 여전히 실행 중이었습니다. 자식을 기다리는 모든 곳에 시간 제한이 있나요? 포기할 때 자식을 멈추나요? 실행 중인 자식은 부모를 계속 기다리게 합니다.",
  "Your parent {how}, but its child answered every request and exited with code {code}.": "부모 프로세스가 {how}. 하지만 자식은 모든 요청에 응답하고 종료했습니다(종료 코드 {code}).",
  "Your parent {how}, saying {said}, but its child answered every request and exited with code {code}.":
    "부모 프로세스가 {said}라고 출력하고 {how}. 하지만 자식은 모든 요청에 응답하고 종료했습니다(종료 코드 {code}).",
  "Your program crashed with a stack trace after {what}. Catch the error and print one clear sentence instead.":
    "{what} 뒤에 프로그램이 스택 트레이스를 남기고 죽었습니다. 오류를 잡아서 대신 분명한 문장 하나를 출력하세요.",
  "Your program did not print what the server sent.": "프로그램이 서버가 보낸 것을 출력하지 않았습니다.",
  "Your message does not name {facts}: a user needs it to act. Include {texts} in what you print.":
    "메시지에 {facts}이(가) 없습니다. 사용자가 무엇을 할지 알려면 필요합니다. 출력에 {texts}을(를) 넣으세요.",
  "Your program printed nothing after {what}. Print one sentence that says what went wrong.":
    "{what} 뒤에 프로그램이 아무것도 출력하지 않았습니다. 무엇이 잘못되었는지 한 문장으로 출력하세요.",
  "Your program ended with an error. Read its output in the transcript above: the first lines of the stack trace name the file and line.":
    "프로그램이 오류와 함께 끝났습니다. 위 기록에 있는 프로그램의 출력을 읽어 보세요. 스택 트레이스의 첫 줄들이 파일과 줄 번호를 알려 줍니다.",
  "Your program exited with code 0, as if all went well, after {what}. Set process.exitCode = 1.":
    "{what} 뒤에 프로그램이 모든 것이 잘된 것처럼 코드 0으로 종료했습니다. process.exitCode = 1로 설정하세요.",
  "Your program left processes running after it ended, outside its own process group (started detached?): {list}. The grader stopped them. Stop every process you start, and do not detach them.":
    "프로그램이 끝난 뒤에도 자기 프로세스 그룹 밖에서 실행 중인 프로세스를 남겼습니다(detached로 시작했나요?): {list}. 채점기가 그것들을 멈췄습니다. 시작한 프로세스는 모두 멈추고, 떼어 내지(detach) 마세요.",
  "Your program used more than {limit} MB of memory, and Node stopped it. Does something grow without end, such as an array or a string in a loop?":
    "프로그램이 {limit} MB가 넘는 메모리를 써서 Node가 멈췄습니다. 반복문 안의 배열이나 문자열처럼 끝없이 커지는 것이 있지 않나요?",
  "Your program {how} instead of exiting with code 0.": "프로그램이 {how}. 코드 0으로 종료해야 합니다.",
  "Your server answered with the IPv4-mapped form of the address. Pass socket.remoteAddress through normaliseAddress, so ::ffff:127.0.0.1 is shown as 127.0.0.1.":
    "서버가 IPv4 매핑 형태의 주소로 응답했습니다. socket.remoteAddress를 normaliseAddress에 통과시켜서 ::ffff:127.0.0.1이 127.0.0.1로 보이게 하세요.",
  "Your server answered, then kept the connection open for {seconds} s. Send the line with socket.end(line): it writes, then closes. The client knows the answer is complete only when the connection ends.":
    "서버가 응답한 뒤 연결을 {seconds}초 동안 열어 두었습니다. socket.end(line)으로 줄을 보내세요. 쓰고 나서 닫아 줍니다. 클라이언트는 연결이 끝나야 응답이 끝났다는 것을 압니다.",
  "Your server closed the connection of {who} without a word. It should send one line: {line}": "서버가 {who}의 연결을 아무 말 없이 닫았습니다. 한 줄을 보내야 합니다: {line}",
  "Your server closed the connection without printing the client's message.": "서버가 클라이언트의 메시지를 출력하지 않고 연결을 닫았습니다.",
  "Your server did not echo exactly the 5 whole frames: an unfinished frame is not echoed.": "서버가 온전한 프레임 5개를 정확히 에코하지 않았습니다. 덜 온 프레임은 에코하지 않습니다.",
  "Your server did not echo the first frame.": "서버가 첫 번째 프레임을 에코하지 않았습니다.",
  "Your server did not echo the frame to {who}.": "서버가 {who}에게 프레임을 에코하지 않았습니다.",
  "Your server did not echo the frame whose bytes came in separate writes: the bytes of an unfinished frame must wait for the next \"data\" event.":
    "서버가 바이트가 여러 번의 쓰기로 나뉘어 온 프레임을 에코하지 않았습니다. 덜 온 프레임의 바이트는 다음 \"data\" 이벤트를 기다려야 합니다.",
  "Your server did not print the client's message as expected.": "서버가 클라이언트의 메시지를 기대한 대로 출력하지 않았습니다.",
  "Your server did not print the whole message. One \"data\" event is not one message: collect the chunks until \"end\".":
    "서버가 메시지 전체를 출력하지 않았습니다. \"data\" 이벤트 하나가 메시지 하나는 아닙니다. \"end\"까지 청크를 모으세요.",
  "Your server did not print this client's message, {text}, within {seconds} s.": "서버가 이 클라이언트의 메시지({text})를 {seconds}초 안에 출력하지 않았습니다.",
  "Your server did not tell {who} the address and port it connects from.": "서버가 {who}에게 그 클라이언트가 연결해 온 주소와 포트 번호를 알려 주지 않았습니다.",
  "Your server ended before it printed \"listening on HOST:PORT\". Its output above shows why.":
    "서버가 \"listening on HOST:PORT\"를 출력하기 전에 끝났습니다. 위에 있는 서버의 출력에 이유가 나옵니다.",
  "Your server ended before it printed `listening on HOST:PORT`.": "서버가 `listening on HOST:PORT`를 출력하기 전에 끝났습니다.",
  "Your server must keep listening after a client: do not close the server, only the client's socket.":
    "서버는 클라이언트 하나를 처리한 뒤에도 계속 수신해야 합니다. 서버가 아니라 클라이언트의 소켓만 닫으세요.",
  "Your server printed nothing for the client that said nothing.": "서버가 아무 말도 하지 않은 클라이언트에 대해 아무것도 출력하지 않았습니다.",
  "Your server printed nothing within {seconds} s of receiving 150 bytes. This client never sends FIN: stop reading once you hold MAX_MESSAGE_BYTES bytes.":
    "서버가 150바이트를 받고 {seconds}초가 지나도록 아무것도 출력하지 않았습니다. 이 클라이언트는 FIN을 끝내 보내지 않습니다. MAX_MESSAGE_BYTES바이트를 쥐면 읽기를 멈추세요.",
  "Your server printed nothing within {seconds} s of receiving the message and the client's FIN.":
    "서버가 메시지와 클라이언트의 FIN을 받고 {seconds}초가 지나도록 아무것도 출력하지 않았습니다.",
  "Your server printed nothing within {seconds} s of receiving the whole message and the client's FIN.":
    "서버가 메시지 전체와 클라이언트의 FIN을 받고 {seconds}초가 지나도록 아무것도 출력하지 않았습니다.",
  "Your server printed the message but kept the connection open for {seconds} s. Close it after printing.":
    "서버가 메시지를 출력했지만 연결을 {seconds}초 동안 열어 두었습니다. 출력한 뒤에 연결을 닫으세요.",
  "Your server sent {count} bytes and then nothing for {seconds} s. Greet every client with \"{greeting}\" as soon as it connects.":
    "서버가 {count}바이트를 보낸 뒤 {seconds}초 동안 아무것도 보내지 않았습니다. 클라이언트가 연결하자마자 이 인사말을 보내세요: \"{greeting}\"",
  "Your server should print exactly the first 100 bytes of the message (MAX_MESSAGE_BYTES).": "서버는 메시지의 처음 100바이트(MAX_MESSAGE_BYTES)를 정확히 출력해야 합니다.",
  "Your server should print the client's address, then \" says: \" and the message.": "서버는 클라이언트의 주소, 그다음 \" says: \"와 메시지를 출력해야 합니다.",
  "Your server should send exactly \"{greeting}\": no newline, nothing more.": "서버는 정확히 \"{greeting}\"만 보내야 합니다. 줄바꿈도, 그 밖의 것도 없이요.",
  "Your server stopped ({exit}) before it echoed to {who}: one client's trouble must not end the server.":
    "서버가 {who}에게 에코하기 전에 멈췄습니다({exit}). 클라이언트 하나의 문제로 서버가 끝나면 안 됩니다.",
  "Your server stopped ({exit}) before it printed the client's message.": "서버가 클라이언트의 메시지를 출력하기 전에 멈췄습니다({exit}).",
  "Your server stopped ({exit}) before it printed this client's message.": "서버가 이 클라이언트의 메시지를 출력하기 전에 멈췄습니다({exit}).",
  "Your server stopped ({exit}) {after}, so the next client was not served. Its output above shows where.":
    "{after} 서버가 멈춰서({exit}) 다음 클라이언트가 처리되지 못했습니다. 위에 있는 서버의 출력에 어디서 멈췄는지 나옵니다.",
  "Your server stopped ({exit}) {after}. A server keeps serving.": "{after} 서버가 멈췄습니다({exit}). 서버는 계속 서비스해야 합니다.",
  "Your server stopped instead of printing a line about the frame that was too large and carrying on.":
    "서버가 너무 큰 프레임에 대해 한 줄을 출력하고 계속 일하는 대신 멈춰 버렸습니다.",
  "Your server told {who} the server's own port, {serverPort}, but {who} connects from port {clientPort}: that is socket.remotePort. socket.localPort is the server's side, the same for every client.":
    "서버가 {who}에게 서버 자신의 포트 번호({serverPort})를 알려 주었지만, {who}는 포트 {clientPort}에서 연결합니다. 그것이 socket.remotePort입니다. socket.localPort는 서버 쪽이라 어느 클라이언트에게나 같습니다.",
  "Your server took all {limit} MiB although the client read none of its echoes: it kept every echo in memory. When socket.write() returns false, pause() the socket until \"drain\".":
    "클라이언트가 에코를 하나도 읽지 않았는데 서버가 {limit} MiB를 전부 받았습니다. 모든 에코를 메모리에 쌓아 둔 것입니다. socket.write()가 false를 반환하면 \"drain\"까지 소켓을 pause()하세요.",
  "Your {name} gave no result for {input}.": "여러분의 {name} 함수가 입력 {input}에 대해 결과를 내지 않았습니다.",
  "a connection to port {port} to be refused": "포트 {port}로의 연결이 거절되는 것",
  "a child that exited with code 3 before answering": "응답하기 전에 코드 3으로 종료한 자식 프로세스",
  "a connection to {host}:{port}": "{host}:{port}에 연결하는 것",
  "a new probe process: the last one ended while \"{case}\" of another check ran": "새 프로브 프로세스입니다. 이전 프로세스는 다른 검사의 \"{case}\" 사례를 실행하는 동안 끝났습니다",
  "a new probe process: the last one was stopped because \"{case}\" of another check did not finish": "새 프로브 프로세스입니다. 다른 검사의 \"{case}\" 사례가 끝나지 않아서 이전 프로세스를 멈췄습니다",
  "a port that is already in use": "이미 사용 중인 포트",
  "a reference client": "기준 클라이언트",
  "a reference client (IPv4, to 127.0.0.1)": "IPv4로 127.0.0.1에 연결하는 기준 클라이언트",
  "a refused connection": "거부된 연결",
  "a reset connection": "재설정된 연결",
  "a server that closed after 1 of 2 echoes": "에코 2개 중 1개만 보내고 연결을 닫은 서버",
  "a silent child": "응답하지 않는 자식 프로세스",
  "a silent server": "응답하지 않는 서버",
  "a test connection to ::ffff:127.0.0.1": "::ffff:127.0.0.1로의 시험 연결",
  "accepted a connection from {from}": "{from}의 연결을 받아들임",
  "after \"exit 7\" (its stdin is still open)": "\"exit 7\"을 받고(stdin은 아직 열려 있음)",
  "after a client left without a word": "클라이언트가 아무 말 없이 떠난 뒤에",
  "after a client reset its connection": "클라이언트가 연결을 재설정한 뒤에",
  "after its stdin ended": "stdin이 끝나고",
  "all the echoes": "모든 에코",
  "an empty payload is a frame with length 0 and nothing after it": "빈 페이로드는 길이가 0이고 뒤에 아무것도 없는 프레임입니다",
  "and": "및",
  "another program (the grader) already listens on {host}:{port}": "다른 프로그램(채점기)이 이미 {host}:{port}에서 수신하고 있음",
  "byte {n}": "{n}번째 바이트",
  "call encodeFrame(\"Hi\"), encodeFrame(\"\"), encodeFrame(\"안녕\") and encodeFrame(the 256 byte values 00–ff)":
    "encodeFrame(\"Hi\"), encodeFrame(\"\"), encodeFrame(\"안녕\"), encodeFrame(00–ff의 256가지 바이트 값)을 호출합니다",
  "call your {name} on {count} inputs": "여러분의 {name} 함수를 입력 {count}개로 호출합니다",
  "called {call}": "{call}을(를) 호출했습니다",
  "called {call}: it never returned (the process ended during this call)": "{call}을(를) 호출했습니다: 반환하지 않았습니다(이 호출 중에 프로세스가 끝났습니다)",
  "called {call}: it returned {value}": "{call}을(를) 호출했습니다: {value}을(를) 반환했습니다",
  "called {call}: it threw \"{error}\"": "{call}을(를) 호출했습니다: \"{error}\" 예외를 던졌습니다",
  "child: answers each request with one line: ping, and an unknown request too": "자식: 요청마다 한 줄로 응답합니다 (ping, 그리고 모르는 요청에도)",
  "child: answers exit 7 with bye 7, then exits with code 7": "자식: exit 7에 bye 7로 응답한 뒤 코드 7로 종료합니다",
  "child: counts the requests it has seen in its own memory, separate from any other process": "자식: 본 요청의 수를 다른 프로세스와 분리된 자기 메모리에 셉니다",
  "child: exits with code 0 by itself when its stdin ends (its parent has gone away)": "자식: stdin이 끝나면(부모가 사라지면) 스스로 코드 0으로 종료합니다",
  "child: finds each request when requests arrive split and bunched up in the pipe": "자식: 요청이 파이프에서 쪼개지거나 뭉쳐서 와도 요청을 하나하나 찾아냅니다",
  "classifyPort puts each port in IANA's range: well-known, registered, ephemeral":
    "classifyPort가 각 포트를 IANA 범위로 분류합니다: well-known, registered, ephemeral",
  "client A sends a header announcing 16 MiB (16777216 bytes), over the maximum, and 2 bytes":
    "클라이언트 A가 최댓값을 넘는 16 MiB(16777216바이트)를 알리는 헤더와 2바이트를 보냅니다",
  "client B resets its connection (RST)": "클라이언트 B가 연결을 재설정합니다(RST)",
  "client {name}": "클라이언트 {name}",
  "client {n}": "클라이언트 {n}",
  "close its stdin, as a parent that exits does": "종료하는 부모가 그러듯 자식의 stdin을 닫습니다",
  "closed your program's stdin: no more requests": "여러분의 프로그램의 stdin을 닫음: 요청은 더 없음",
  "code under {folder}/ is the kit's, not yours: graded work must stand on its own": "{folder}/ 아래의 코드는 여러분의 것이 아니라 키트의 것입니다. 채점받는 작업은 혼자 힘으로 서야 합니다",
  "connect": "연결합니다",
  "connect a client to your server on 127.0.0.1:{port}": "127.0.0.1:{port}의 서버에 클라이언트를 연결합니다",
  "connect a client to your server on 127.0.0.1:{port}, and say nothing yet": "127.0.0.1:{port}의 서버에 클라이언트를 연결하고, 아직 아무 말도 하지 않습니다",
  "connect client A": "클라이언트 A를 연결합니다",
  "connect {names} at the same time, each from its own port": "{names}를 동시에, 각자 자기 포트에서 연결합니다",
  "connect {who}": "{who}를 연결합니다",
  "connect {who} from 127.0.0.1 and a local port the grader picks": "{who}를 127.0.0.1과 채점기가 고른 로컬 포트에서 연결합니다",
  "connected from {from} to {host}:{port}": "{from}에서 {host}:{port}에 연결함",
  "connects": "연결",
  "could not connect to {host}:{port}: {error}": "{host}:{port}에 연결하지 못함: {error}",
  "could not send 1 more byte: the connection is closed": "1바이트를 더 보내지 못함: 연결이 닫혀 있음",
  "could not send {count} more bytes: the connection is closed": "{count}바이트를 더 보내지 못함: 연결이 닫혀 있음",
  "could not start: {error}": "시작하지 못함: {error}",
  "count says how many requests this process has seen, this one included: ping 1, ping 2 and count make 3. Keep the number between requests.":
    "count는 이 프로세스가 지금 요청까지 포함해서 몇 개의 요청을 보았는지 말합니다. ping 1, ping 2, count로 3입니다. 요청과 요청 사이에도 그 수를 간직하세요.",
  "done": "완료",
  "each push returns exactly the frames that chunk completed": "push마다 그 청크로 완성된 프레임을 정확히 반환합니다",
  "encodeFrame accepted a payload of {over} bytes, over MAX_FRAME_BYTES ({max}). Throw an Error instead.":
    "encodeFrame이 MAX_FRAME_BYTES({max})를 넘는 {over}바이트 페이로드를 받아들였습니다. 대신 Error를 던지세요.",
  "encodeFrame accepts a payload of exactly MAX_FRAME_BYTES ({max}) bytes": "encodeFrame이 정확히 MAX_FRAME_BYTES({max})바이트인 페이로드를 받아들입니다",
  "encodeFrame payloads of MAX_FRAME_BYTES and MAX_FRAME_BYTES + 1 bytes; push headers announcing {max} and {over} bytes into a FrameDecoder({max}), and MAX_FRAME_BYTES + 1 into a FrameDecoder()":
    "MAX_FRAME_BYTES바이트와 MAX_FRAME_BYTES + 1바이트 페이로드를 encodeFrame하고, FrameDecoder({max})에 {max}바이트와 {over}바이트를 알리는 헤더를, FrameDecoder()에 MAX_FRAME_BYTES + 1을 알리는 헤더를 push합니다",
  "encodeFrame puts the payload's length in bytes, as 4 big-endian bytes, in front of it": "encodeFrame이 페이로드 앞에 바이트 단위 길이를 4바이트 빅 엔디언으로 붙입니다",
  "encodeFrame refused {max} bytes, which is allowed: refuse only MORE than MAX_FRAME_BYTES. It said: {error}":
    "encodeFrame이 허용되는 {max}바이트를 거부했습니다. MAX_FRAME_BYTES보다 클 때만 거부하세요. 오류 메시지: {error}",
  "encodeFrame threw \"{error}\", which does not say the payload is too large.": "encodeFrame이 던진 오류 \"{error}\"에는 페이로드가 너무 크다는 말이 없습니다.",
  "encodeFrame throws a clear error for {over} bytes": "encodeFrame이 {over}바이트에는 분명한 오류를 던집니다",
  "encodeFrame({payload}) returned the wrong bytes: {why}.": "encodeFrame({payload}) 호출이 잘못된 바이트를 반환했습니다: {why}.",
  "encodeFrame({payload}) returns {bytes}": "encodeFrame({payload}) 호출이 다음을 반환합니다: {bytes}",
  "encodeFrame({payload}) threw an error: {error}.": "encodeFrame({payload}) 호출이 오류를 던졌습니다: {error}.",
  "encodeFrame: bytes first (Buffer.from(text, \"utf8\")), then a 4-byte header with writeUInt32BE(bytes.length, 0), then Buffer.concat([header, bytes]).":
    "encodeFrame: 먼저 바이트(Buffer.from(text, \"utf8\")), 그다음 writeUInt32BE(bytes.length, 0)로 4바이트 헤더, 그다음 Buffer.concat([header, bytes])입니다.",
  "every frame comes back: {count} bytes": "모든 프레임이 돌아옵니다: {count}바이트",
  "everything your server sent is exactly {text}": "서버가 보낸 것은 정확히 {text}뿐입니다",
  "exercise": "실습",
  "exercises/{path} is a symbolic link; the grader does not follow links. Submit the file itself.":
    "exercises/{path}: 심볼릭 링크입니다. 채점기는 링크를 따라가지 않습니다. 파일 자체를 제출하세요.",
  "exercises/{path} is larger than {megabytes} MB and was left out.": "exercises/{path}: {megabytes} MB보다 커서 제외되었습니다.",
  "exit code {code}": "종료 코드 {code}",
  "exited with code {code}": "종료했습니다(종료 코드 {code})",
  "expect: ": "기대: ",
  "expected:": "기대한 값:",
  "explains a port that is already in use and exits with an error code": "이미 사용 중인 포트를 설명하고 오류 코드로 종료합니다",
  "explains a refused connection and exits with an error code": "거부된 연결을 설명하고 오류 코드로 종료합니다",
  "find a port where nothing listens": "아무것도 수신하지 않는 포트를 찾습니다",
  "first difference at byte {n}": "{n}번 바이트에서 처음 달라짐",
  "formatIPv4 turns a 32-bit number back into a dotted quad, and refuses others": "formatIPv4가 32비트 수를 다시 점으로 구분한 네 숫자로 바꾸고, 그 밖의 값은 거부합니다",
  "gives up on a server that never answers (--timeout)": "끝내 응답하지 않는 서버를 포기합니다 (--timeout)",
  "grader": "채점기",
  "greets a client with exactly Hello. Client. as soon as it connects": "클라이언트가 연결하자마자 정확히 Hello. Client.로 인사합니다",
  "handles a client that closes at once without a word, and keeps serving": "아무 말 없이 바로 닫는 클라이언트를 처리하고 계속 서비스합니다",
  "in progress, {passed} of {total} checks": "진행 중, 검사 {total}개 중 {passed}개",
  "it answers {replies}": "자식이 응답합니다: {replies}",
  "it does not print a reply to \"ping 2\": the child never sent one": "\"ping 2\"에 대한 응답을 출력하지 않습니다. 자식은 응답을 보낸 적이 없습니다",
  "it exits with a non-zero exit code (it failed, and says so to the shell)": "0이 아닌 종료 코드로 끝납니다 (실패했고, 셸에 그렇게 알립니다)",
  "it exits with code 0": "코드 0으로 종료합니다",
  "it exits with code 7": "코드 7로 종료합니다",
  "it exits with code {code}, like its child": "자식과 같은 종료 코드({code})로 종료합니다",
  "it has 3 parts, not 4": "부분이 4개가 아니라 3개입니다",
  "it has 5 parts, not 4": "부분이 4개가 아니라 5개입니다",
  "it has not been graded": "아직 채점하지 않았습니다",
  "it prints \"listening on HOST:PORT\"": "\"listening on HOST:PORT\"를 출력합니다",
  "it prints a message about {what} that names {facts}, without a stack trace": "스택 트레이스 없이 {what}에 대한 메시지를 출력하고, 그 메시지에 {facts}이(가) 들어 있습니다",
  "it prints a message about {what}, without a stack trace": "스택 트레이스 없이 {what}에 대한 메시지를 출력합니다",
  "it prints {text}": "다음을 출력합니다: {text}",
  "its message names the port, {port}": "메시지에 포트 번호({port})가 들어 있습니다",
  "keep a loopback port busy (the grader listens on it)": "루프백 포트 하나를 사용 중으로 만듭니다 (채점기가 그 포트에서 수신)",
  "keeps a UTF-8 character whole when its bytes arrive in two pieces": "UTF-8 글자의 바이트가 두 조각으로 와도 글자를 온전히 유지합니다",
  "keeps serving after clients reset their connections": "클라이언트가 연결을 재설정한 뒤에도 계속 서비스합니다",
  "killed by {signal}": "{signal} 신호로 강제 종료됨",
  "lesson": "레슨",
  "local port {port} was taken meanwhile ({code}); trying another": "로컬 포트 {port}: 그사이 다른 곳에서 차지함({code}). 다른 포트로 다시 시도함",
  "no result": "결과 없음",
  "normaliseAddress turns ::ffff:127.0.0.1 into 127.0.0.1 and leaves other addresses alone":
    "normaliseAddress가 ::ffff:127.0.0.1을 127.0.0.1로 바꾸고 다른 주소는 그대로 둡니다",
  "not started": "시작 안 함",
  "nothing": "아무것도 없음",
  "observed:": "관찰한 값:",
  "occupy a port, as another running server would": "실행 중인 다른 서버처럼 포트 하나를 차지합니다",
  "parent: exits with its child's exit code (5)": "부모: 자식의 종료 코드(5)로 종료합니다",
  "parent: gives up on a child that never answers (--timeout), and stops it": "부모: 끝내 응답하지 않는 자식을 포기하고(--timeout) 멈춥니다",
  "parent: prints each request with the child's reply, closes the child's stdin and reports its exit":
    "부모: 요청마다 자식의 응답과 함께 출력하고, 자식의 stdin을 닫고, 자식의 종료를 알립니다",
  "parent: reads each whole reply when the child writes it one byte at a time": "부모: 자식이 응답을 한 바이트씩 써도 응답 전체를 읽습니다",
  "parent: reports a child that crashed before answering, and exits with an error code": "부모: 응답하기 전에 죽은 자식을 알리고 오류 코드로 종료합니다",
  "parseIPv4 gives positive numbers for 128.0.0.0 and above (>>> 0)": "parseIPv4가 128.0.0.0 이상에서도 양수를 돌려줍니다 (>>> 0)",
  "parseIPv4 refuses malformed addresses and names the offending part": "parseIPv4가 잘못된 주소를 거부하고 문제가 된 부분을 밝힙니다",
  "parseIPv4 turns a dotted quad into its 32-bit number, first part first": "parseIPv4가 점으로 구분한 네 숫자를 32비트 수로 바꿉니다 (첫 부분이 가장 큰 자리)",
  "parseIPv4: split on \".\", check every part is 0-255 written in plain digits, then combine the four bytes, first part first.":
    "parseIPv4: \".\"로 나누고, 모든 부분이 숫자로만 쓴 0-255인지 확인한 다음, 네 바이트를 첫 부분부터 합치세요.",
  "parsePort accepts 0 to 65535 and refuses anything else, naming it": "parsePort가 0부터 65535까지를 받아들이고, 그 밖의 값은 그 값을 밝히며 거부합니다",
  "points": "점수",
  "prints and closes when the client sends its message and FIN, and waits": "클라이언트가 메시지와 FIN을 보내고 기다리면, 출력하고 연결을 닫습니다",
  "prints the first 100 bytes and closes when a client sends more, as the note's recv(100)": "클라이언트가 더 많이 보내면, 노트의 recv(100)처럼 처음 100바이트를 출력하고 닫습니다",
  "prints the message with the client's address: 127.0.0.1:PORT says: MESSAGE": "메시지를 클라이언트의 주소와 함께 출력합니다: 127.0.0.1:PORT says: MESSAGE",
  "prints the server's reply as text": "서버의 응답을 텍스트로 출력합니다",
  "prints the whole message when it arrives one byte at a time": "메시지가 한 바이트씩 도착해도 메시지 전체를 출력합니다",
  "prints the whole reply when it arrives one byte at a time": "응답이 한 바이트씩 도착해도 응답 전체를 출력합니다",
  "push accepted a header announcing {announced} and would wait for them: a peer could make your program hold any amount of memory. Throw as soon as you read a length over the maximum.":
    "push가 {announced}를 알리는 헤더를 받아들이고 그만큼을 기다리려 했습니다. 이러면 상대가 여러분의 프로그램에 얼마든지 메모리를 쓰게 만들 수 있습니다. 최댓값을 넘는 길이를 읽자마자 예외를 던지세요.",
  "push did not return the {max}-byte frame.": "push가 {max}바이트 프레임을 반환하지 않았습니다.",
  "push one chunk holding the frames \"one\", \"\" (empty), \"two\", \"three\" and half a header; then the rest of the frame \"four\"; then an empty frame alone (00 00 00 00)":
    "프레임 \"one\", \"\"(빈 프레임), \"two\", \"three\"와 헤더 절반이 든 청크 하나를 push하고, 그다음 프레임 \"four\"의 나머지를, 그다음 빈 프레임 하나만(00 00 00 00) push합니다",
  "push the frame {frame} cutting 안 and 녕 in the middle of their bytes, then a 256-byte frame holding every byte value 00–ff, in 5 chunks":
    "프레임 {frame}의 안과 녕을 바이트 중간에서 자르고, 이어서 00–ff의 모든 바이트 값을 담은 256바이트 프레임을, 모두 청크 5개로 push합니다",
  "push the frames {frame} and \"Hi\" one byte per push ({count} pushes, headers split too)":
    "프레임 {frame}, \"Hi\"를 push 한 번에 한 바이트씩 넣습니다 (push {count}번, 헤더도 쪼개짐)",
  "push threw \"{error}\" on a frame of exactly {max} bytes, which is allowed: refuse only MORE than the maximum.":
    "push가 정확히 {max}바이트인 프레임에서 오류 \"{error}\"를 던졌습니다. 이 길이는 허용됩니다. 최댓값보다 클 때만 거부하세요.",
  "push threw \"{error}\", which does not say the frame is too large.": "push가 던진 오류 \"{error}\"에는 프레임이 너무 크다는 말이 없습니다.",
  "push threw an error on {chunk}: \"{error}\". Those bytes are valid frames: does your decoder lose or change bytes before it reads a header?":
    "{chunk}에서 push가 오류를 던졌습니다: \"{error}\". 그 바이트는 올바른 프레임입니다. 디코더가 헤더를 읽기 전에 바이트를 잃어버리거나 바꾸고 있지 않나요?",
  "push {n} of {total} ({what})": "push {total}번 중 {n}번째({what})",
  "read again": "다시 읽기 시작합니다",
  "read your server's line": "서버가 보낸 줄을 읽습니다",
  "reading a file outside its folder": "자기 폴더 밖의 파일 읽기",
  "reading {resource}": "{resource} 읽기",
  "reads again": "다시 읽기 시작함",
  "reference": "기준 구현",
  "reference peer": "기준 상대",
  "reference server": "기준 서버",
  "refuses a frame over MAX_FRAME_BYTES on both sides, as soon as its header arrives": "MAX_FRAME_BYTES를 넘는 프레임을 양쪽 모두에서, 헤더가 도착하자마자 거부합니다",
  "reports a connection reset by the server": "서버가 재설정한 연결을 알립니다",
  "reset the connection (ECONNRESET)": "연결을 재설정함 (ECONNRESET)",
  "reset the connection (RST)": "연결을 재설정함 (RST)",
  "reset the connection (RST) without sending anything": "아무것도 보내지 않고 연결을 재설정합니다 (RST)",
  "run your client with --port {port}": "클라이언트를 --port {port} 옵션으로 실행합니다",
  "run your client with --port {port} and 2 messages": "클라이언트를 --port {port} 옵션과 메시지 2개로 실행합니다",
  "run your client with {args}": "클라이언트를 실행합니다: {args}",
  "run your parent.ts with --timeout 300 and a reference child that never answers": "parent.ts를 --timeout 300과 끝내 응답하지 않는 기준 자식으로 실행합니다",
  "run your parent.ts with a reference child that exits with code 3 on the second request": "parent.ts를 두 번째 요청에서 코드 3으로 종료하는 기준 자식과 함께 실행합니다",
  "run your parent.ts with a reference child that exits with code 5": "parent.ts를 코드 5로 종료하는 기준 자식과 함께 실행합니다",
  "run your parent.ts with a reference child that writes one byte at a time": "parent.ts를 한 바이트씩 쓰는 기준 자식과 함께 실행합니다",
  "run your parent.ts with the reference child": "parent.ts를 기준 자식과 함께 실행합니다",
  "see whether this machine has IPv6 (a server on ::ffff:127.0.0.1)": "이 기계에 IPv6가 있는지 확인합니다 (::ffff:127.0.0.1의 서버)",
  "send \"Hel\", the start of a message, then reset the connection (RST)": "메시지의 시작인 \"Hel\"을 보낸 다음 연결을 재설정합니다 (RST)",
  "send 150 bytes (in two writes: 60, then 90) and no FIN": "150바이트를 보내고(쓰기 두 번: 60, 그다음 90) FIN은 보내지 않습니다",
  "send 60 KiB frames as fast as your server takes them, up to {limit} MiB": "서버가 받는 만큼 최대한 빨리 60 KiB 프레임을 최대 {limit} MiB까지 보냅니다",
  "send FIN at once, without a word (the client keeps reading)": "아무 말 없이 바로 FIN을 보냅니다 (클라이언트는 계속 읽음)",
  "send the frame {frame} and the first byte of a second frame, in one write": "프레임 {frame}, 그리고 두 번째 프레임의 첫 바이트를 한 번의 쓰기로 보냅니다",
  "send the other {count} bytes of the second frame one byte per write (Nagle off), then FIN":
    "두 번째 프레임의 나머지 {count}바이트를 쓰기 한 번에 한 바이트씩 보내고(Nagle 끔), 그다음 FIN을 보냅니다",
  "send the rest of the 5th frame, the start of a 6th that never completes, then FIN": "다섯 번째 프레임의 나머지, 끝내 완성되지 않는 여섯 번째 프레임의 앞부분, 그다음 FIN을 보냅니다",
  "send {count} frames and half of a 5th in ONE write": "프레임 {count}개와 다섯 번째 프레임의 절반을 단 한 번의 쓰기로 보냅니다",
  "send {text} and FIN at once, then wait for your server": "{text}, 그리고 FIN을 한꺼번에 보내고 서버를 기다립니다",
  "send {text} one byte per write, then FIN": "쓰기 한 번에 한 바이트씩 보냅니다: {text}, 그다음 FIN",
  "send {text}, then FIN": "보냅니다: {text}, 그다음 FIN",
  "sends the note's greeting, Hello. Server., and nothing else": "노트의 인사말 Hello. Server.만 보내고 다른 것은 보내지 않습니다",
  "sent FIN, still listening": "FIN을 보냄, 계속 듣는 중",
  "sent FIN: it will send nothing more": "FIN을 보냄: 더 이상 아무것도 보내지 않음",
  "sent {megabytes} MiB in {size}-byte writes without ever being held back": "{size}바이트씩 써서 {megabytes} MiB를 보냄, 한 번도 막히지 않음",
  "sent {megabytes} MiB in {size}-byte writes, then was held back: nothing was read for {ms} ms":
    "{size}바이트씩 써서 {megabytes} MiB를 보낸 뒤 막힘: {ms} ms 동안 아무것도 읽히지 않음",
  "sent {megabytes} MiB in {size}-byte writes, then was held back: the program sleeps with {unread} bytes unread":
    "{size}바이트씩 써서 {megabytes} MiB를 보낸 뒤 막힘: 프로그램이 읽지 않은 {unread}바이트를 둔 채 잠들어 있음",
  "serve() is one for await loop over readLines(input): answer each line, write the reply with \"\\n\". The loop ends when stdin ends; return 0 then.":
    "serve()는 readLines(input)을 도는 for await 반복문 하나입니다. 줄마다 응답하고, 응답은 \"\\n\"과 함께 쓰세요. stdin이 끝나면 반복문이 끝나니, 그때 0을 반환하세요.",
  "serves three clients, one after another": "클라이언트 세 개를 차례로 서비스합니다",
  "skipped: this machine cannot listen on ::ffff:127.0.0.1 (no IPv6), so no server here sees an IPv4-mapped address":
    "건너뜀: 이 기계는 ::ffff:127.0.0.1에서 수신할 수 없으므로(IPv6 없음) 여기서는 어떤 서버도 IPv4 매핑 주소를 보지 않음",
  "socket.write() returns false when the client is not reading fast enough. Then call socket.pause() so you stop reading from it, and socket.resume() on \"drain\".":
    "클라이언트가 충분히 빨리 읽지 않으면 socket.write()가 false를 반환합니다. 그러면 socket.pause()를 호출해서 그 클라이언트에게서 읽기를 멈추고, \"drain\"에서 socket.resume()을 호출하세요.",
  "something outside what a graded program may do": "채점받는 프로그램에 허용되지 않은 일",
  "start a reference echo server that cuts every echo in 3 pieces: 2 bytes, 3 bytes, the rest": "모든 에코를 세 조각(2바이트, 3바이트, 나머지)으로 자르는 기준 에코 서버를 시작합니다",
  "start a reference echo server that echoes one frame, then closes": "프레임 하나만 에코하고 연결을 닫는 기준 에코 서버를 시작합니다",
  "start a reference server that accepts and never answers": "연결을 받아들이고 끝내 응답하지 않는 기준 서버를 시작합니다",
  "start a reference server that answers in one write": "한 번의 쓰기로 응답하는 기준 서버를 시작합니다",
  "start a reference server that answers one byte per write": "쓰기 한 번에 한 바이트씩 응답하는 기준 서버를 시작합니다",
  "start a reference server that cuts the first character of its reply in two": "응답의 첫 글자를 둘로 자르는 기준 서버를 시작합니다",
  "start a reference server that reads your message, then resets": "메시지를 읽은 다음 연결을 재설정하는 기준 서버를 시작합니다",
  "start a reference server that sends 150 bytes and keeps the connection open": "150바이트를 보내고 연결을 열어 두는 기준 서버를 시작합니다",
  "start a second copy of your child.ts": "child.ts를 하나 더 시작합니다",
  "start your child.ts": "child.ts를 시작합니다",
  "start your echo server with --port 0 (any free port)": "에코 서버를 --port 0으로 시작합니다 (아무 빈 포트)",
  "start your server with --port 0 (the system picks a free port)": "서버를 --port 0으로 시작합니다 (시스템이 빈 포트를 고름)",
  "start your server with --port {port}": "서버를 --port {port} 옵션으로 시작합니다",
  "start your server with {args} (any free port)": "서버를 시작합니다: {args} (아무 빈 포트)",
  "start: {command}": "시작: {command}",
  "starting a worker thread": "워커 스레드 시작하기",
  "starting another process": "다른 프로세스 시작하기",
  "status": "상태",
  "stop reading (a slow reader): the echoes can only pile up": "읽기를 멈춥니다 (느린 독자): 에코가 쌓이기만 합니다",
  "stopped reading (a slow reader)": "읽기를 멈춤 (느린 독자)",
  "stops reading after 100 bytes, as the note's recv(100) does": "노트의 recv(100)처럼 100바이트를 받으면 읽기를 멈춥니다",
  "talkToChild returns the code from the child's \"close\" event; main sets process.exitCode to it, so whoever started the parent learns how the child ended.":
    "talkToChild는 자식의 \"close\" 이벤트에서 받은 코드를 반환합니다. main이 process.exitCode를 그 값으로 설정하므로, 부모를 시작한 쪽도 자식이 어떻게 끝났는지 알게 됩니다.",
  "the 256 byte values": "256가지 바이트 값",
  "the client's message": "클라이언트의 메시지",
  "the connection failed: {error}": "연결이 실패함: {error}",
  "the conversation to end": "대화가 끝나는 것",
  "the conversation, drawn": "주고받은 내용을 그린 그림",
  "the echo client prints each echo whole, however the server cuts it": "에코 클라이언트가 서버가 에코를 어떻게 자르든 에코를 하나씩 온전히 출력합니다",
  "the echo client says so, and exits with an error code, when the server closes before every echo came":
    "모든 에코가 오기 전에 서버가 연결을 닫으면, 에코 클라이언트가 그렇다고 말하고 오류 코드로 종료합니다",
  "the echo of the first frame": "첫 번째 프레임의 에코",
  "the echo server closes a client that announces an oversized frame, survives a reset, and keeps serving":
    "에코 서버가 너무 큰 프레임을 알리는 클라이언트를 닫고, 재설정(reset)에도 살아남아, 계속 서비스합니다",
  "the echo server echoes a frame whose bytes arrive one write at a time": "에코 서버가 바이트가 쓰기 한 번에 하나씩 오는 프레임을 에코합니다",
  "the echo server echoes every frame when several arrive in one write": "에코 서버가 한 번의 쓰기에 여러 프레임이 와도 모든 프레임을 에코합니다",
  "the echo server stops reading from a client that does not read its echoes (backpressure)": "에코 서버가 에코를 읽지 않는 클라이언트에게서 읽기를 멈춥니다 (배압, backpressure)",
  "the echo to {who}": "{who}에게 가는 에코",
  "the exit code": "종료 코드",
  "the first chunk (frames \"one\", \"\", \"two\", \"three\" and half a header)": "첫 번째 청크(프레임 \"one\", \"\", \"two\", \"three\"와 헤더 절반)",
  "the first chunk (the header and the first byte of 안)": "첫 번째 청크(헤더와 안의 첫 바이트)",
  "the first client": "첫 번째 클라이언트",
  "the first part, \"01\", has a leading zero": "첫 부분 \"01\"에 앞자리 0이 있습니다",
  "the first part, \"0x7f\", is not a decimal number": "첫 부분 \"0x7f\"는 10진수가 아닙니다",
  "the first part, \"12abc\", is not a number": "첫 부분 \"12abc\"는 숫자가 아닙니다",
  "the fourth chunk (more of the binary frame)": "네 번째 청크(바이너리 프레임의 이어지는 부분)",
  "the grader runs \"{case}\" in its probe process (pid {pid}), which the library checks share": "채점기가 라이브러리 검사들이 함께 쓰는 프로브 프로세스(pid {pid})에서 \"{case}\" 사례를 실행합니다",
  "the grader's probe of your code, shared by the library checks": "라이브러리 검사들이 함께 쓰는, 여러분의 코드를 부르는 채점기의 프로브",
  "the header of the next frame": "다음 프레임의 헤더",
  "the last byte of the first frame": "첫 번째 프레임의 마지막 바이트",
  "the last byte of the second frame": "두 번째 프레임의 마지막 바이트",
  "the last chunk (the end of the binary frame)": "마지막 청크(바이너리 프레임의 끝)",
  "the last part, \"-4\", is not a number from 0 to 255": "마지막 부분 \"-4\"는 0부터 255까지의 수가 아닙니다",
  "the port": "포트 번호",
  "the probe process ended by itself after \"{case}\" of another check; a new one runs this case": "프로브 프로세스가 다른 검사의 \"{case}\" 사례 뒤에 스스로 끝났습니다. 이 사례는 새 프로세스에서 실행합니다",
  "the reference child answers each request in one write and exits with 0 when its stdin ends": "기준 자식은 요청마다 한 번의 쓰기로 응답하고, stdin이 끝나면 0으로 종료함",
  "the reference child answers each request, then exits with code 5 when its stdin ends": "기준 자식은 요청마다 응답하고, stdin이 끝나면 코드 5로 종료함",
  "the reference child answers the first request, then exits with code 3 on the second without answering":
    "기준 자식은 첫 요청에 응답한 뒤, 두 번째 요청에는 응답하지 않고 코드 3으로 종료함",
  "the reference child never answers and never ends by itself": "기준 자식은 끝내 응답하지 않고, 스스로 끝나지도 않음",
  "the reference child writes each reply one byte at a time": "기준 자식은 응답을 한 바이트씩 씀",
  "the reference client": "기준 클라이언트",
  "the reference server drops the client: a header announces {length} bytes, over the {max}-byte limit":
    "기준 서버가 클라이언트를 끊음: 헤더가 {max}바이트 제한을 넘는 {length}바이트를 알림",
  "the reference server listens on {host}:{port}": "기준 서버가 {host}:{port}에서 수신함",
  "the reference server stopped: {error}": "기준 서버가 멈춤: {error}",
  "the reference server to listen": "기준 서버가 수신을 시작하는 것",
  "the second chunk (the rest of the frame \"four\")": "두 번째 청크(프레임 \"four\"의 나머지)",
  "the second chunk (the rest of 안 and the first byte of 녕)": "두 번째 청크(안의 나머지와 녕의 첫 바이트)",
  "the second client": "두 번째 클라이언트",
  "the second part is empty": "두 번째 부분이 비어 있습니다",
  "the server closes the connection after its one line": "서버가 한 줄을 보낸 뒤 연결을 닫습니다",
  "the server explains a port that is already in use and exits with an error code": "서버가 이미 사용 중인 포트를 설명하고 오류 코드로 종료합니다",
  "the server received exactly 2 frames, one per message": "서버가 메시지마다 하나씩, 정확히 프레임 2개를 받았습니다",
  "the server received exactly {text}": "서버가 정확히 다음을 받았습니다: {text}",
  "the server serves client after client, and several at once, each told its own port": "서버가 클라이언트를 차례로, 또 여럿을 동시에 서비스하고, 각자에게 자기 포트 번호를 알려 줍니다",
  "the server shows a client it sees as ::ffff:127.0.0.1 as 127.0.0.1": "서버가 ::ffff:127.0.0.1로 보이는 클라이언트를 127.0.0.1로 보여 줍니다",
  "the server tells a client its own IP and port: you are 127.0.0.1:PORT": "서버가 클라이언트에게 그 클라이언트의 IP와 포트 번호를 알려 줍니다: you are 127.0.0.1:PORT",
  "the server's first byte": "서버의 첫 바이트",
  "the text is empty": "텍스트가 비어 있습니다",
  "the third chunk (00 00 00 00: an empty frame, alone)": "세 번째 청크(00 00 00 00: 빈 프레임 하나만)",
  "the third chunk (the rest of the text, and the start of the binary frame)": "세 번째 청크(텍스트의 나머지와 바이너리 프레임의 시작)",
  "the whole check": "검사 전체가 끝나는 것",
  "the {length}-byte payload of the frame": "프레임의 {length}바이트 페이로드",
  "then": "그다음",
  "this exercise is about doing {module}'s job yourself over a raw socket": "이 실습은 {module} 모듈이 하는 일을 날것의 소켓 위에서 직접 해 보는 것입니다",
  "timed out after {seconds} s waiting for {what}": "{seconds}초 동안 다음을 기다렸지만 시간이 초과됨: {what}",
  "usage: npm run compare -- NN [--force]   (for example: npm run compare -- 05)":
    "사용법: npm run compare -- NN [--force]   (예: npm run compare -- 05)",
  "usage: npm run hint -- NN [--all | --reset]   (for example: npm run hint -- 05)":
    "사용법: npm run hint -- NN [--all | --reset]   (예: npm run hint -- 05)",
  "wait for it to print listening on HOST:PORT": "listening on HOST:PORT가 출력되기를 기다립니다",
  "wait for its reply": "응답을 기다립니다",
  "wait for its {count} replies": "응답 {count}개를 기다립니다",
  "wait for your child to end by itself (up to {seconds} s)": "자식이 스스로 끝나기를 기다립니다 (최대 {seconds}초)",
  "wait for your client to finish": "클라이언트가 끝나기를 기다립니다",
  "wait for your parent to end by itself": "부모가 스스로 끝나기를 기다립니다",
  "wait for your parent to give up (up to 5 s)": "부모가 포기하기를 기다립니다 (최대 5초)",
  "wait for your program to end by itself": "프로그램이 스스로 끝나기를 기다립니다",
  "was killed by {signal}": "{signal} 신호를 받고 강제 종료되었습니다",
  "write {pieces} to its stdin": "자식의 stdin에 씁니다: {pieces}",
  "write {pieces} to its stdin, each in its own write": "자식의 stdin에 하나씩 따로 씁니다: {pieces}",
  "writing a file outside the grader's scratch folder": "채점기의 임시 작업 폴더 밖에 파일 쓰기",
  "writing {resource}": "{resource}에 쓰기",
  "your child's reply": "자식의 응답",
  "your child's {count} replies": "자식의 응답 {count}개",
  "your code to finish \"{case}\"": "여러분의 코드가 \"{case}\" 사례를 끝내는 것",
  "your program": "여러분의 프로그램",
  "your program to answer the requests so far": "프로그램이 지금까지 보낸 요청에 응답하는 것",
  "your program to be stopped": "프로그램이 멈추는 것",
  "your program to exit": "프로그램이 종료하는 것",
  "your server closes client A's connection": "서버가 클라이언트 A의 연결을 닫습니다",
  "your server closes the connection": "서버가 연결을 닫습니다",
  "your server echoes it to {who}": "서버가 그것을 {who}에게 에코합니다",
  "your server echoes the 5 whole frames, in order, nothing else, then closes": "서버가 온전한 프레임 5개를 순서대로, 다른 것 없이 에코하고 연결을 닫습니다",
  "your server echoes the first frame": "서버가 첫 번째 프레임을 에코합니다",
  "your server echoes the second frame once, then closes": "서버가 두 번째 프레임을 한 번 에코하고 연결을 닫습니다",
  "your server is still running": "서버가 아직 실행 중입니다",
  "your server prints a line that says the frame was too large": "서버가 프레임이 너무 컸다고 말하는 줄을 출력합니다",
  "your server prints {text}": "서버가 다음을 출력합니다: {text}",
  "your server sends {text} before the client says anything": "클라이언트가 아무 말도 하기 전에 서버가 다음을 보냅니다: {text}",
  "your server stops reading once its echoes pile up, so the client is held back": "에코가 쌓이면 서버가 읽기를 멈춰서 클라이언트가 막힙니다",
  "your server tells {who} {text}": "서버가 {who}에게 다음과 같이 알려 줍니다: {text}",
  "your server then closes the connection": "그다음 서버가 연결을 닫습니다",
  "your server to close client A's connection": "서버가 클라이언트 A의 연결을 닫는 것",
  "your server to close the connection": "서버가 연결을 닫는 것",
  "your server to echo and close": "서버가 에코하고 연결을 닫는 것",
  "your server to print \"listening on HOST:PORT\"": "서버가 \"listening on HOST:PORT\"를 출력하는 것",
  "your server to print listening on HOST:PORT": "서버가 listening on HOST:PORT를 출력하는 것",
  "your server to print the client's message": "서버가 클라이언트의 메시지를 출력하는 것",
  "your server to print {text}": "서버가 다음을 출력하는 것: {text}",
  "your server to say the frame was too large": "서버가 프레임이 너무 컸다고 말하는 것",
  "your server's answer": "서버의 응답",
  "your server's answer to {who}": "서버가 {who}에게 보내는 응답",
  "your server's greeting": "서버의 인사말",
  "yours": "여러분의 것",
  "{call} returned the wrong value.": "{call} 호출이 잘못된 값을 반환했습니다.",
  "{call} returned {value} instead of throwing an error: {problem}.": "{call} 호출이 오류를 던지는 대신 {value} 값을 반환했습니다. 문제: {problem}.",
  "{call} returns {value}": "{call} 호출이 {value} 값을 반환합니다",
  "{call} threw \"{error}\", but that input is fine: it should return {value}.": "{call} 호출이 \"{error}\"를 던졌지만 그 입력은 올바릅니다. {value} 값을 반환해야 합니다.",
  "{call} threw \"{error}\", which does not say what is wrong ({problem}). Put the offending part in the message, so the user knows what to fix.":
    "{call} 호출이 \"{error}\"를 던졌지만, 무엇이 잘못되었는지({problem}) 말하지 않습니다. 문제가 된 부분을 메시지에 넣어서 사용자가 무엇을 고칠지 알게 하세요.",
  "{call} throws an error that names the problem: {problem}": "{call} 호출이 문제를 밝히는 오류를 던집니다: {problem}",
  "{count} bytes": "{count}바이트",
  "{count} events left out": "사건 {count}개 생략",
  "{decoder} throws a clear error as soon as a header announces {announced}, before any payload":
    "헤더가 {announced}를 알리자마자, 페이로드가 오기 전에 {decoder}가 분명한 오류를 던집니다",
  "{file} imports \"{specifier}\", which is not allowed here: {why}. Remove that import.":
    "{file} 파일이 \"{specifier}\" 모듈을 import하는데, 여기서는 허용되지 않습니다: {why}. 그 import를 지우세요.",
  "{file} must export `{name}`, and it does not: the grader calls it by that name. Was it renamed or removed? Put back `export` and the original name.":
    "{file} 파일은 `{name}`을(를) export해야 하는데 그러지 않습니다. 채점기는 그 이름으로 호출합니다. 이름을 바꾸거나 지우지 않았나요? `export`와 원래 이름을 되돌려 놓으세요.",
  "{file}: identical to the reference.": "{file}: 기준 구현과 똑같습니다.",
  "{message} Your child {how} before it answered them all.": "{message} 자식 프로세스가 모든 요청에 응답하기 전에 {how}.",
  "{passed} of {total} checks pass": "검사 {total}개 중 {passed}개 통과",
  "{points} points": "{points}점",
  "{who} sends the frame {frame}": "{who}가 프레임을 보냅니다: {frame}",
  "… and {count} more calls": "… 그리고 호출 {count}개 더",
  "… {count} more events left out": "… 이벤트 {count}개 생략",
  "… {count} more writes ({size})": "… 쓰기 {count}번 더 ({size})",
  "✗ the check failed here: {step}": "✗ 검사가 여기서 실패했습니다: {step}",
};
