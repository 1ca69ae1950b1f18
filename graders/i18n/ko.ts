// The Korean catalog: the English message (the key, exactly as written in the code) → 한국어.
// Keep the {placeholders} unchanged, and code, commands and paths as they are. Every term follows
// lessons/ko/glossary.md (listen is 리슨, reset is 재설정, the reference peer is 기준 상대, …), and so
// do the particles after numbers; graders/selftest/glossary.test.ts holds the catalog to it.
// `npm run messages -- --check` and graders/selftest/i18n.test.ts list any key missing here.
export const ko: Record<string, string> = {
  "\"+80\" has a sign": "\"+80\"에는 부호가 붙어 있습니다",
  "\"0x50\" is not a decimal number (Number() reads it as 80)": "\"0x50\"은 10진수가 아닙니다(Number()는 80으로 읽습니다)",
  "\"1e3\" is not written in plain digits (Number() reads it as 1000)": "\"1e3\"은 숫자만으로 쓰여 있지 않습니다(Number()는 1000으로 읽습니다)",
  "\"80a\" is not a number": "\"80a\"는 숫자가 아닙니다",
  "\"\\r\\n\" cut between two chunks": "두 청크 사이에서 잘린 \"\\r\\n\"",
  "\"exit 4\\r\\n\" is the request \"exit 4\": remove the \"\\r\" before reading the code.": "\"exit 4\\r\\n\"은 \"exit 4\" 요청입니다. 코드를 읽기 전에 \"\\r\"을 떼어 내세요.",
  "\"{item}\" is not an exercise number or range. Write for example --exercises 03 or --exercises 01,03-05.":
    "\"{item}\"은(는) 실습 번호나 범위가 아닙니다. 예를 들어 --exercises 03 또는 --exercises 01,03-05처럼 쓰세요.",
  "\"{path}\" is outside your exercise folder: a graded program may import only files of its own folder and Node's modules (node:…)":
    "\"{path}\": 실습 폴더 밖에 있는 파일입니다. 채점받는 프로그램은 자기 폴더의 파일과 Node의 모듈(node:…)만 import할 수 있습니다",
  "\"안녕\" is 2 characters but 6 bytes in UTF-8: count bytes": "\"안녕\"은 2글자지만 UTF-8로는 6바이트입니다. 바이트를 세세요",
  "\"８０\" is written in full-width digits, not 0-9": "\"８０\"은 0-9가 아니라 전각 숫자로 쓰여 있습니다",
  "(1 byte)": "(1바이트)",
  "(cut to fit GitHub's size limit: the whole feedback is in the log of this run, in the step \"{step}\"; npm test exercises/NN on your own machine shows it too)":
    "(GitHub의 크기 제한에 맞추느라 여기서 잘랐습니다. 전체 피드백은 이 실행의 로그, \"{step}\" 단계에 있습니다. 여러분의 컴퓨터에서 npm test exercises/NN을 실행해도 볼 수 있습니다)",
  "(extra bytes from here on)": "(여기부터 남는 바이트)",
  "(line cut)": "(줄이 잘림)",
  "(stored earlier)": "(이전에 저장됨)",
  "(the observed bytes stop here)": "(관찰한 바이트는 여기서 끝남)",
  "({count} of them)": "(그중 {count}명)",
  "({size} bytes)": "({size}바이트)",
  ", naming {facts}": ", {facts}을(를) 밝히며",
  "--canvas needs the file of your Canvas gradebook export": "--canvas에는 Canvas에서 내보낸 성적부 파일이 필요합니다",
  "--canvas-match and --canvas-assignment need --canvas GRADEBOOK.csv": "--canvas-match와 --canvas-assignment는 --canvas GRADEBOOK.csv와 함께 써야 합니다",
  "--jobs must be a whole number from 1 to 256, not \"{jobs}\"": "--jobs는 1부터 256까지의 정수여야 합니다. \"{jobs}\"은(는) 안 됩니다",
  "--out needs a folder name": "--out에는 폴더 이름이 필요합니다",
  "--port {value}": "--port {value}",
  "--timeout 2147483647 is the largest valid value (2^31 - 1 ms): your parent should accept it and talk to its child as usual.":
    "--timeout 2147483647은 쓸 수 있는 가장 큰 값(2^31 - 1밀리초)입니다. 부모 프로세스는 이 값을 받아들이고 평소처럼 자식과 대화해야 합니다.",
  "--timeout {value}": "--timeout {value}",
  "-1 is below 0": "-1은 0보다 작습니다",
  "-1 is not a port": "-1은 포트 번호가 아닙니다",
  "1 byte": "1바이트",
  "1 point": "1점",
  "1 student": "학생 1명",
  "1 submission": "제출물 1개",
  "1.5 is not a whole number": "1.5는 정수가 아닙니다",
  "2 is 00 00 00 02 in big-endian: the most significant byte first": "2는 빅 엔디언으로 00 00 00 02입니다. 가장 큰 자리의 바이트가 먼저 옵니다",
  "2147483648 (2^31) does not fit in 16 bits": "2147483648(2^31)은 16비트에 들어가지 않습니다",
  "2147483648 (2^31) is no port": "2147483648(2^31)은 포트 번호가 아닙니다",
  "255 is the largest exit code: \"exit 255\" gets \"bye 255\".": "255는 가장 큰 종료 코드입니다. \"exit 255\"에는 \"bye 255\"로 응답합니다.",
  "256 is 00 00 01 00 (the length needs more than one byte), and the payload's bytes stay as they are":
    "256은 00 00 01 00이고(길이에 1바이트보다 많이 필요합니다), 페이로드의 바이트는 그대로 남습니다",
  "256 is more than 255": "256은 255보다 큽니다",
  "4294967296 (2^32) does not fit in 16 bits, and would wrap to 0 if cut to 16 bits": "4294967296(2^32)은 16비트에 들어가지 않고, 16비트로 자르면 0이 되어 버립니다",
  "4294967296 is 2^32, one more than the largest address": "4294967296은 2^32로, 가장 큰 주소보다 1 큽니다",
  "65536 does not fit in 16 bits": "65536은 16비트에 들어가지 않습니다",
  "8.5 is not a whole number": "8.5는 정수가 아닙니다",
  "80.5 is not a whole number": "80.5는 정수가 아닙니다",
  "9007199254740992 (2^53) is far past 32 bits": "9007199254740992(2^53)는 32비트를 한참 넘습니다",
  "99999 does not fit in 16 bits": "99999는 16비트에 들어가지 않습니다",
  "A Windows terminal ends each line with \"\\r\\n\": \"count\\r\\n\" is the request \"count\". An empty line is no request: no reply, and count does not count it.":
    "Windows 터미널은 줄마다 \"\\r\\n\"으로 끝냅니다. \"count\\r\\n\"은 \"count\" 요청입니다. 빈 줄은 요청이 아닙니다. 응답하지 않고, count도 세지 않습니다.",
  "A child that exits without answering has failed, whatever its exit code, even 0: when replies.next() says done, throw an Error that says how the child ended before answering; main prints it and exits with 1.":
    "응답하지 않고 종료한 자식은 종료 코드가 무엇이든, 0이라도 실패한 것입니다. replies.next()가 done을 알리면, 자식이 응답하기 전에 어떻게 끝났는지 말하는 Error를 던지세요. main이 그것을 출력하고 1로 종료합니다.",
  "A client may send FIN without a word. Then the message is empty: print `${client} says: ` and close. Buffer.concat([]) is an empty Buffer; reduce() without a start value throws.":
    "클라이언트가 아무 말 없이 FIN을 보낼 수도 있습니다. 그러면 메시지는 비어 있습니다. `${client} says: `를 출력하고 연결을 닫으세요. Buffer.concat([])은 빈 Buffer이지만, 시작값 없는 reduce()는 예외를 던집니다.",
  "A pipe carries bytes, not requests: one read can hold several requests, or part of one. Only a \"\\n\" ends a request.":
    "파이프는 요청이 아니라 바이트를 나릅니다. 한 번 읽은 데이터에 요청 여러 개가 들어 있을 수도, 요청의 일부만 들어 있을 수도 있습니다. 요청을 끝내는 것은 \"\\n\"뿐입니다.",
  "A port is 16 bits: 0 to 65535. Accept text made of the digits 0-9 only (no spaces, signs, dots, \"e\" or \"0x\"), refuse anything above MAX_PORT, and put the text you were given in the error message.":
    "포트 번호는 16비트, 즉 0부터 65535까지입니다. 0-9 숫자로만 된 텍스트를 받아들이고(공백, 부호, 점, \"e\", \"0x\"는 안 됩니다), MAX_PORT보다 큰 값은 거부하고, 받은 텍스트를 오류 메시지에 넣으세요.",
  "A reply may arrive in many pieces, and with the start of the next one. Your parent should print a reply only when its \"\\n\" has arrived, and keep what follows for the next reply.":
    "응답은 여러 조각으로, 다음 응답의 앞부분과 함께 도착할 수 있습니다. 부모 프로세스는 응답의 \"\\n\"이 도착했을 때에만 그 응답을 출력하고, 그 뒤에 온 것은 다음 응답을 위해 남겨 두어야 합니다.",
  "A request has no length limit here: the whole line up to its \"\\n\" is one request, however many chunks it takes. Then count says 2.":
    "이 프로토콜에서 요청에는 길이 제한이 없습니다. 청크가 몇 개든 \"\\n\"까지의 줄 전체가 요청 하나입니다. 그래서 count는 2라고 답합니다.",
  "A request has no length limit: keep adding chunks to the buffer until its \"\\n\" arrives, however long it gets. Do not cut or drop an unfinished line.":
    "요청에는 길이 제한이 없습니다. 아무리 길어져도 \"\\n\"이 도착할 때까지 청크를 버퍼에 이어 붙이세요. 끝나지 않은 줄을 자르거나 버리지 마세요.",
  "A reset after some bytes still means the reply is incomplete: ECONNRESET is an error whatever arrived before it. Reject, do not resolve with the start of the reply.":
    "바이트 몇 개가 온 뒤의 재설정도 응답이 완전하지 않다는 뜻입니다. 그 전에 무엇이 도착했든 ECONNRESET은 오류입니다. 응답의 앞부분으로 resolve하지 말고 reject하세요.",
  "A reset arrives as an \"error\" event with code ECONNRESET. Reject with a sentence that says the connection was reset, so the user knows the reply is missing.":
    "재설정(reset)은 코드가 ECONNRESET인 \"error\" 이벤트로 도착합니다. 연결이 재설정되었다고 말하는 문장으로 reject하세요. 그래야 사용자가 응답이 빠졌다는 것을 압니다.",
  "A reset arrives as an \"error\" event with code ECONNRESET: reject with a message that says so, instead of letting the error crash the program.":
    "재설정은 코드가 ECONNRESET인 \"error\" 이벤트로 도착합니다. 그 오류로 프로그램이 죽게 두지 말고, 재설정되었다고 말하는 메시지로 reject하세요.",
  "A second count is one more request: 4.": "두 번째 count도 요청 하나이므로 하나 늘어난 4입니다.",
  "A server listening on an IPv6 address sees IPv4 clients as ::ffff:127.0.0.1. Pass socket.remoteAddress through your normaliseAddress before you answer.":
    "IPv6 주소에서 리슨하는 서버는 IPv4 클라이언트를 ::ffff:127.0.0.1로 봅니다. 응답하기 전에 socket.remoteAddress를 여러분의 normaliseAddress에 통과시키세요.",
  "Accept \"exit\" only with a whole number from 0 to 255 in plain digits (exit 256 or exit 7abc is an unknown request): an exit code is one byte, and the system would quietly keep only its lowest 8 bits.":
    "\"exit\"는 숫자로만 쓴 0부터 255까지의 정수와 함께일 때만 받아들이세요(exit 256이나 exit 7abc는 모르는 요청입니다). 종료 코드는 1바이트라서, 시스템은 말없이 가장 낮은 8비트만 남깁니다.",
  "Addresses: IP and port": "주소: IP와 포트 번호",
  "After child.stdin.end(), wait for the child's end with withTimeout(…, timeoutMs, …) too: a child may never end. When it fires, throw an Error that names the timeout, and stop the child with child.kill().":
    "child.stdin.end() 뒤에 자식의 끝을 기다릴 때도 withTimeout(…, timeoutMs, …)을 쓰세요. 자식이 끝내 끝나지 않을 수도 있습니다. 시간이 다 되면 그 시간 제한을 밝힌 Error를 던지고, child.kill()로 자식을 멈추세요.",
  "After {chunk}, payload {n} is not the one that was sent.": "{chunk} 뒤에 나온 {n}번째 페이로드가 보낸 것과 다릅니다.",
  "After {chunk}, push returned {count} payload(s): {got}. It should return {wanted}: {expected}.":
    "{chunk} 뒤에 push가 페이로드 {count}개를 반환했습니다: {got}. 반환해야 하는 것은 {wanted}개입니다: {expected}.",
  "An \"end\" before any byte arrived means the server closed without a reply: reject with a sentence that says so, rather than printing an empty reply and exiting with code 0.":
    "바이트가 하나도 오기 전에 \"end\"가 오면 서버가 응답 없이 연결을 닫은 것입니다. 빈 응답을 출력하고 종료 코드 0으로 끝내지 말고, 그렇다고 말하는 문장으로 reject하세요.",
  "An \"end\" event before every echo came back is a failure: reject with a message that says the server closed the connection, and how many echoes arrived.":
    "모든 에코가 돌아오기 전에 \"end\" 이벤트가 오면 실패입니다. 서버가 연결을 닫았다는 것과 에코가 몇 개 도착했는지 말하는 메시지로 reject하세요.",
  "An empty --message is a message too: send no bytes at all, only FIN.": "빈 --message도 메시지입니다. 바이트는 하나도 보내지 말고 FIN만 보내세요.",
  "An empty --message is still a message: send no bytes, only the FIN of socket.end(), and read the reply as usual. Do not replace \"\" by the default (value || default does exactly that: use ?? or parseArgs's default).":
    "빈 --message도 메시지입니다. 바이트는 보내지 말고 socket.end()의 FIN만 보낸 다음, 평소처럼 응답을 읽으세요. \"\"를 기본값으로 바꾸지 마세요(value || default가 바로 그렇게 합니다. ??나 parseArgs의 default를 쓰세요).",
  "An exit code is one byte, 0 to 255: the system keeps only the lowest 8 bits, so 256 would end as 0 and 4294967303 as 7. \"exit\" with anything but a whole number from 0 to 255 is an unknown request, and the child goes on.":
    "종료 코드는 1바이트, 0부터 255까지입니다. 시스템은 가장 낮은 8비트만 남기므로 256은 0으로, 4294967303은 7로 끝나 버립니다. 0부터 255까지의 정수가 아닌 것이 붙은 \"exit\"는 모르는 요청이고, 자식은 계속 응답합니다.",
  "Answer with socket.end(line), keep the server open for the next client, and normalise ::ffff:127.0.0.1 to 127.0.0.1.":
    "socket.end(line)으로 응답하고, 다음 클라이언트를 위해 서버는 열어 두고, ::ffff:127.0.0.1은 127.0.0.1로 정규화하세요.",
  "As soon as a client connects, write exactly GREETING (\"Hello. Client.\"): no newline, nothing else, and before you wait for its message.":
    "클라이언트가 연결하자마자 GREETING(\"Hello. Client.\")을 정확히 그대로 쓰세요. 줄바꿈도, 다른 것도 붙이지 말고, 클라이언트의 메시지를 기다리기 전에 쓰세요.",
  "Before converting a part, check that it is made of the digits 0-9 only: parseInt(\"12abc\") quietly gives 12, and Number(\" 1\"), Number(\"1e2\") and Number(\"0x7f\") give 1, 100 and 127. Then refuse empty parts, leading zeros and values above 255, and put the offending part (or, for a wrong count, the text or the number of parts) in the error message.":
    "부분을 변환하기 전에 0-9 숫자로만 되어 있는지 확인하세요. parseInt(\"12abc\")는 말없이 12를 주고, Number(\" 1\"), Number(\"1e2\"), Number(\"0x7f\")는 1, 100, 127을 줍니다. 그다음 빈 부분, 앞에 붙은 0, 255보다 큰 값을 거부하고, 문제가 된 부분을(부분의 개수가 틀렸다면 텍스트나 부분의 개수를) 오류 메시지에 넣으세요.",
  "Bit operators in JavaScript are signed 32-bit: end parseIPv4 with >>> 0, and take bytes in formatIPv4 with >>> and & 255.":
    "JavaScript의 비트 연산자는 부호 있는 32비트로 계산합니다. parseIPv4는 >>> 0으로 끝내고, formatIPv4에서는 >>>와 & 255로 바이트를 꺼내세요.",
  "Call socket.setTimeout(timeoutMs) with the --timeout you were given and handle the \"timeout\" event: reject with a sentence that says what happened, and destroy the socket, or the silent server keeps your program alive.":
    "받은 --timeout으로 socket.setTimeout(timeoutMs)을 호출하고 \"timeout\" 이벤트를 처리하세요. 무슨 일이 있었는지 말하는 문장으로 reject하고 소켓을 destroy하세요. 그러지 않으면 말 없는 서버가 프로그램을 계속 살려 둡니다.",
  "Call stream.setEncoding(\"utf8\") in readLines before reading: the stream then keeps the bytes of a character that is cut between two chunks until the rest arrives. Decoding each chunk on its own (String(chunk) of a Buffer) breaks it.":
    "readLines에서 읽기 전에 stream.setEncoding(\"utf8\")을 호출하세요. 그러면 스트림은 두 청크 사이에서 잘린 문자의 바이트를 나머지가 올 때까지 가지고 있습니다. 청크를 하나씩 따로 디코딩하면(Buffer에 String(chunk)) 그 문자가 깨집니다.",
  "Cannot read the Canvas gradebook {file}: {reason}": "Canvas 성적부 {file}을(를) 읽을 수 없습니다: {reason}",
  "Cannot read the submissions folder {folder}: {reason}. Check the path.": "제출물 폴더 {folder}을(를) 읽을 수 없습니다: {reason}. 경로를 확인하세요.",
  "Canvas: \"{name}\" is not in {file} yet; importing canvas.csv creates it as a new assignment of {points} points.":
    "Canvas: \"{name}\"은(는) 아직 {file}에 없습니다. canvas.csv를 가져오면 {points}점짜리 새 과제로 만들어집니다.",
  "Canvas: \"{name}\" is worth {possible} points in Canvas and {max} here, so canvas.csv holds the points scaled to Canvas's ({total} of {max} becomes {scaled}).":
    "Canvas: \"{name}\"은(는) Canvas에서 {possible}점, 여기서는 {max}점 만점입니다. 그래서 canvas.csv에는 Canvas의 만점에 맞춰 환산한 점수가 들어 있습니다({max}점 중 {total}점은 {scaled}점이 됩니다).",
  "Canvas: {count} student(s) of {file} have no grade in canvas.csv; their cells are empty, so Canvas leaves their grades as they are.":
    "Canvas: {file}의 학생 {count}명은 canvas.csv에 점수가 없습니다. 칸이 비어 있으므로 Canvas는 그 학생들의 점수를 그대로 둡니다.",
  "Canvas: {count} submission(s) match no row of {file} by \"{column}\": {ids}. Their grades are not in canvas.csv: name those entries by the students' {column}.":
    "Canvas: 제출물 {count}개가 \"{column}\" 기준으로 {file}의 어느 행과도 맞지 않습니다: {ids}. 이 점수는 canvas.csv에 없습니다. 그 항목의 이름을 학생의 {column}(으)로 바꾸세요.",
  "Canvas: {ids} could each be more than one student of {file} by \"{column}\"; their cells are left empty. Enter those grades by hand.":
    "Canvas: {ids}은(는) \"{column}\" 기준으로 {file}의 학생 여러 명에 해당할 수 있어 칸을 비워 두었습니다. 그 점수는 직접 입력하세요.",
  "Check every option before using it (readOptions): a port must be a whole number in range, a timeout a positive whole number. Throw an Error that quotes the bad value; main() prints it and exits with code 1.":
    "옵션은 쓰기 전에 모두 확인하세요(readOptions). 포트는 범위 안의 정수, 타임아웃은 양의 정수여야 합니다. 잘못된 값을 인용하는 Error를 던지면 main()이 출력하고 코드 1로 종료합니다.",
  "Check the announced length against the maximum as soon as you read the header, before you wait for the payload.":
    "헤더를 읽자마자, 페이로드를 기다리기 전에, 알려 온 길이를 최댓값과 비교하세요.",
  "Checks": "검사",
  "Checks that most students fail, with the most frequent message (submissions with problems left out):":
    "가장 많은 학생이 실패한 검사와 가장 자주 나온 메시지입니다(문제가 있는 제출물은 뺐습니다):",
  "Close only the client's socket, never the server: the function you gave createServer runs again for every new client, several at once too.":
    "클라이언트의 소켓만 닫고 서버는 절대 닫지 마세요. createServer에 넘긴 함수는 새 클라이언트마다, 여러 클라이언트가 동시에 와도, 다시 실행됩니다.",
  "Collect chunks from every \"data\" event into an array; the reply is complete on \"end\".": "모든 \"data\" 이벤트의 청크를 배열에 모으세요. 응답은 \"end\"에서 완성됩니다.",
  "Collect the chunks of every \"data\" event; the message is complete on \"end\", or once you hold MAX_MESSAGE_BYTES bytes.":
    "모든 \"data\" 이벤트의 청크를 모으세요. 메시지는 \"end\"에서, 또는 MAX_MESSAGE_BYTES바이트를 쥐었을 때 완성됩니다.",
  "Compare the length with the maximum right after readUInt32BE, before checking whether the payload has arrived, and throw an Error whose message gives the size and the maximum (both numbers). Exactly the maximum is allowed: use >, not >=.":
    "readUInt32BE 바로 뒤, 페이로드가 다 왔는지 확인하기 전에 길이를 최댓값과 비교하고, 크기와 최댓값(두 숫자 모두)을 밝히는 메시지로 Error를 던지세요. 정확히 최댓값은 허용됩니다. >=가 아니라 >를 쓰세요.",
  "Could not be graded (run again; these are not stored)": "채점하지 못함 (다시 실행하세요. 이 결과는 저장되지 않습니다)",
  "Count and cut in bytes: the first 100 bytes are 99 x and the first byte of 안, which decodes to �. A server that counts characters prints the whole 안.":
    "바이트로 세고 바이트로 자르세요. 처음 100바이트는 x 99개와 안의 첫 바이트이고, 그 바이트는 �로 디코딩됩니다. 글자를 세는 서버는 안 전체를 출력합니다.",
  "Count chunk.length (bytes), and cut the joined Buffer with subarray(0, MAX_MESSAGE_BYTES) before you decode it. A string's length counts characters, and 안 is one character but three bytes.":
    "chunk.length(바이트)를 세고, 디코딩하기 전에 합친 Buffer를 subarray(0, MAX_MESSAGE_BYTES)로 자르세요. 문자열의 length는 글자를 세는데, 안은 한 글자지만 3바이트입니다.",
  "Count chunk.length (bytes), and cut the joined Buffer with subarray(0, MAX_REPLY_BYTES) before you decode it. A string's length counts characters, and 안 is one character but three bytes.":
    "chunk.length(바이트)를 세고, 디코딩하기 전에 합친 Buffer를 subarray(0, MAX_REPLY_BYTES)로 자르세요. 문자열의 length는 글자를 세는데, 안은 한 글자지만 3바이트입니다.",
  "Count the bytes as they arrive. As soon as you hold MAX_MESSAGE_BYTES, print only the first MAX_MESSAGE_BYTES (subarray) and close: this client never sends FIN.":
    "도착하는 바이트를 세세요. MAX_MESSAGE_BYTES를 쥐자마자 처음 MAX_MESSAGE_BYTES바이트만(subarray) 출력하고 연결을 닫으세요. 이 클라이언트는 FIN을 끝내 보내지 않습니다.",
  "Count the bytes as they arrive. When you have MAX_REPLY_BYTES, keep only the first MAX_REPLY_BYTES (the chunk that crosses the limit may carry more), finish, and destroy the socket: this server never closes it.":
    "도착하는 바이트를 세세요. MAX_REPLY_BYTES바이트가 모이면 처음 MAX_REPLY_BYTES바이트만 남기고(한도를 넘는 청크에는 더 들어 있을 수 있습니다) 끝낸 다음 소켓을 destroy하세요. 이 서버는 연결을 끝내 닫지 않습니다.",
  "Create the FrameDecoder once per connection, outside the \"data\" handler. A new decoder per \"data\" event forgets the bytes that came before.":
    "FrameDecoder는 연결마다 한 번, \"data\" 핸들러 밖에서 만드세요. \"data\" 이벤트마다 새 디코더를 만들면 앞서 온 바이트를 잊어버립니다.",
  "Create the memory ({ seen: 0 }) once, before the loop in serve, not inside it; add 1 for every request (count included) in answer.":
    "메모리({ seen: 0 })는 serve의 반복문 안이 아니라 반복문 앞에서 한 번만 만드세요. answer에서는 요청마다(count 포함) 1을 더하세요.",
  "Decode once, after Buffer.concat: decoding each chunk alone turns both halves of 안 into �.":
    "Buffer.concat 다음에 한 번만 디코딩하세요. 청크마다 따로 디코딩하면 안의 두 반쪽이 모두 �가 됩니다.",
  "Decode once, after joining all chunks with Buffer.concat. Decoding each chunk alone breaks a character whose bytes arrive in two chunks.":
    "모든 청크를 Buffer.concat으로 이은 뒤에 한 번만 디코딩하세요. 청크를 하나씩 따로 디코딩하면, 바이트가 두 청크에 나뉘어 도착한 글자가 깨집니다.",
  "Did your server pass --host to listen()?": "서버가 --host 값을 listen()에 넘겼나요?",
  "Do not close the listening server after a client. createServer calls your connection handler for every client, as long as the server listens.":
    "클라이언트 하나를 처리한 뒤에 리슨 중인 서버를 닫지 마세요. 서버가 리슨하는 동안 createServer는 클라이언트마다 여러분의 연결 핸들러를 호출합니다.",
  "Does your server pass --host to listen()? It was told --host {host}, and nothing listens there.":
    "서버가 --host를 listen()에 넘기나요? --host {host}(으)로 실행했는데 그곳에서 리슨하는 것이 없습니다.",
  "Errors: catch what push throws and close that connection; handle \"error\" on every socket; treat \"end\" before the last echo as a failure.":
    "오류 처리: push가 던지는 예외를 잡아 그 연결을 닫고, 모든 소켓에서 \"error\"를 처리하고, 마지막 에코 전에 오는 \"end\"는 실패로 다루세요.",
  "Every check of exercise {number} passes. Well done!\nCompare your work with the reference in solutions/{slug}/: npm run compare -- {number}":
    "실습 {number}의 모든 검사를 통과했습니다. 잘하셨습니다!\nsolutions/{slug}/의 기준 구현과 비교해 보세요: npm run compare -- {number}",
  "Every check passed. Well done!": "모든 검사를 통과했습니다. 잘하셨습니다!",
  "Every connection socket needs an \"error\" handler, and the server too: one for resets, one for a port in use.":
    "모든 연결 소켓에는 \"error\" 핸들러가 필요하고, 서버에도 필요합니다. 하나는 재설정(reset)을 위해, 하나는 이미 사용 중인 포트를 위해서입니다.",
  "Every exercise is done. Well done! Compare your work with the reference: npm run compare -- NN":
    "모든 실습을 마쳤습니다. 잘하셨습니다! 기준 구현과 비교해 보세요: npm run compare -- NN",
  "Every failure is an \"error\" or \"timeout\" event, or an \"end\" with nothing received: turn each into a rejected promise with a clear sentence.":
    "모든 실패는 \"error\"나 \"timeout\" 이벤트, 또는 아무것도 받지 못한 채 오는 \"end\"입니다. 각각을 분명한 문장과 함께 reject된 프로미스로 바꾸세요.",
  "Every request gets exactly one reply line on stdout, an unknown one too: the parent waits for it. Then the child goes on answering.":
    "모든 요청은, 모르는 요청이라도, stdout에 정확히 한 줄의 응답을 받습니다. 부모 프로세스가 그 줄을 기다리기 때문입니다. 그다음에도 자식 프로세스는 계속 응답합니다.",
  "Every wait in the parent goes through withTimeout. On any error: child.kill(), wait for \"close\", rethrow; main prints error: … and sets process.exitCode = 1.":
    "부모 프로세스의 모든 기다림은 withTimeout을 거칩니다. 어떤 오류든 나면 child.kill()을 하고, \"close\"를 기다리고, 다시 던지세요. main은 error: …를 출력하고 process.exitCode = 1로 설정합니다.",
  "Exercise {number} ({slug}) has no grader yet; it is left out.": "실습 {number}({slug})에는 아직 채점기가 없어서 뺐습니다.",
  "Exercise {number} does not pass yet ({passing}). Finish it first: npm test exercises/{number}\nThe reference is more useful once you have your own answer. To look anyway: npm run compare -- {number} --force":
    "실습 {number}: 아직 통과하지 못했습니다({passing}). 먼저 끝내세요: npm test exercises/{number}\n기준 구현은 여러분만의 답이 있을 때 더 쓸모가 있습니다. 그래도 보려면: npm run compare -- {number} --force",
  "Exercises": "실습",
  "Exit code 13 means your program's top-level await never settled: the promise it awaited never resolved or rejected, and nothing else was left to happen. Find the path (an \"end\", an \"error\", a timeout) on which neither resolve nor reject is called.":
    "종료 코드 13은 프로그램의 최상위 await가 끝내 결정되지 않았다는 뜻입니다. 기다리던 프로미스가 resolve도 reject도 되지 않았고, 더 일어날 일도 남지 않았습니다. resolve와 reject 중 아무것도 부르지 않는 경로(\"end\", \"error\", 타임아웃)를 찾으세요.",
  "FAILED: {message}": "실패: {message}",
  "FIN (nothing more to send)": "FIN (더 보낼 것이 없음)",
  "Feedback": "피드백",
  "Feedback for {id}": "{id}님을 위한 피드백",
  "Finish once only: a flag (finished) keeps \"end\" and the 100-byte limit from printing twice.":
    "마무리는 한 번만 하세요. 플래그(finished)를 두면 \"end\"와 100바이트 제한이 두 번 출력하는 일을 막을 수 있습니다.",
  "First refuse anything that is not a whole number from 0 to 65535 (throw). Then compare with the first port of each range: port < 1024 is well-known, port < 49152 is registered, the rest is ephemeral. 1024 is registered, and 49152 is ephemeral.":
    "먼저 0부터 65535까지의 정수가 아닌 것은 거부하세요(예외를 던지세요). 그다음 각 범위의 첫 포트와 비교하세요. port < 1024면 well-known, port < 49152면 registered, 나머지는 ephemeral입니다. 1024는 registered이고, 49152는 ephemeral입니다.",
  "First, TypeScript finds type errors in your files. They do not fail a check by themselves (your code runs without a type check), but they often point at the bug:":
    "먼저, TypeScript가 여러분의 파일에서 타입 오류를 찾았습니다. 타입 오류만으로 검사가 실패하지는 않지만(코드는 타입 검사 없이 실행됩니다), 버그가 있는 곳을 가리킬 때가 많습니다:",
  "For \"exit 7\", write \"bye 7\" and return 7 from serve; main puts it in process.exitCode. Leaving the loop stops reading stdin, so the process ends.":
    "\"exit 7\"에는 \"bye 7\"을 쓰고 serve에서 7을 반환하세요. main이 그 값을 process.exitCode에 넣습니다. 반복문을 빠져나오면 stdin 읽기가 멈추므로 프로세스가 끝납니다.",
  "For a client that said nothing, print its address, \" says: \" and the empty message.": "아무 말도 하지 않은 클라이언트에게도 주소, \" says: \", 그리고 빈 메시지를 출력하세요.",
  "FrameDecoder keeps payloads as bytes: a UTF-8 character cut between chunks, and all 256 byte values":
    "FrameDecoder가 페이로드를 바이트 그대로 유지합니다: 청크 사이에서 잘린 UTF-8 글자와 256가지 바이트 값 모두",
  "FrameDecoder puts a frame back together when it arrives one byte at a time": "FrameDecoder가 한 바이트씩 도착하는 프레임을 다시 맞춥니다",
  "FrameDecoder refuses a header announcing 2^31 or 2^32 - 1 bytes: the length is unsigned":
    "FrameDecoder가 2^31이나 2^32 - 1바이트를 알리는 헤더를 거부한다: 길이는 부호 없는 수다",
  "FrameDecoder returns every frame when several arrive in one chunk, empty frames too": "FrameDecoder가 한 청크에 여러 프레임이 오면 빈 프레임까지 모두 반환합니다",
  "FrameDecoder({max}) returns the frames of {under} and {max} bytes":
    "FrameDecoder({max})가 {under}바이트와 {max}바이트 프레임을 돌려준다",
  "FrameDecoder.push: add the chunk to this.pending, then loop: is there a whole header? Is there a whole payload after it? Take it out and look again.":
    "FrameDecoder.push: 청크를 this.pending에 더한 다음 반복하세요. 헤더가 온전히 있나? 그 뒤에 페이로드가 온전히 있나? 있으면 꺼내고 다시 보세요.",
  "Framing messages on a byte stream": "바이트 스트림 위에서 메시지 프레이밍하기",
  "GRADER ERROR: {message}": "채점기 오류: {message}",
  "Give every client's socket an \"error\" handler: socket.on(\"error\", () => {}). A client that resets (ECONNRESET) is that client's problem; without a handler, Node crashes the whole server.":
    "클라이언트의 소켓마다 \"error\" 핸들러를 다세요: socket.on(\"error\", () => {}). 연결을 재설정하는(ECONNRESET) 클라이언트는 그 클라이언트의 문제입니다. 핸들러가 없으면 Node는 서버 전체를 죽입니다.",
  "Give every connection socket an \"error\" handler that prints one line with console.error naming the client (its IP:port), then carries on. Without it, a single client's ECONNRESET stops the whole server.":
    "모든 연결 소켓에 \"error\" 핸들러를 다세요. 핸들러는 클라이언트(그 IP:포트)를 밝히는 한 줄을 console.error로 출력하고 계속 서비스합니다. 그것이 없으면 클라이언트 하나의 ECONNRESET이 서버 전체를 멈춥니다.",
  "Graded {submissions} for exercise(s) {exercises}: {graded} graded now, {stored} stored from earlier runs.":
    "실습 {exercises}: {submissions}을(를) 채점했습니다. 이번에 채점한 것 {graded}개, 이전 실행에서 저장된 것 {stored}개.",
  "Grading summary": "채점 요약",
  "Grading this exercise stopped the grading process twice, the second time with no other exercise beside it ({reasons}). A program of this exercise probably signalled, stopped or exhausted the grader: a graded program may signal only the processes it started. If you think the grader is at fault, ask your instructor to look at it.":
    "이 실습을 채점하는 동안 채점 프로세스가 두 번 멈췄습니다. 두 번째는 다른 실습 없이 이 실습만 채점했습니다({reasons}). 이 실습의 프로그램이 채점기에 시그널을 보냈거나, 채점기를 멈췄거나, 자원을 다 써 버렸을 가능성이 큽니다. 채점받는 프로그램은 자기가 시작한 프로세스에만 시그널을 보낼 수 있습니다. 채점기의 잘못이라고 생각하면 강사에게 확인을 부탁하세요.",
  "Grading took longer than {seconds} s and was stopped.": "채점이 {seconds}초보다 오래 걸려서 멈췄습니다.",
  "Handle the server's \"error\" event: for EADDRINUSE, print one line that names the port and set process.exitCode = 1 (the skeleton's main() does this: keep it).":
    "서버의 \"error\" 이벤트를 처리하세요. EADDRINUSE라면 포트를 밝히는 한 줄을 출력하고 process.exitCode = 1로 설정하세요(뼈대의 main()이 이미 그렇게 합니다. 그대로 두세요).",
  "Handle the socket's \"error\" event: for ECONNREFUSED, reject with a message that names the host and port; main() prints it and sets process.exitCode = 1.":
    "소켓의 \"error\" 이벤트를 처리하세요. ECONNREFUSED라면 호스트와 포트를 밝히는 메시지로 reject하세요. main()이 그것을 출력하고 process.exitCode = 1로 설정합니다.",
  "Hint {n} of {total}: {hint}": "힌트 {n}/{total}: {hint}",
  "Hint: {hint}": "힌트: {hint}",
  "Hints for {number} start again from the first. Run npm run hint -- {number} to see it.":
    "실습 {number}의 힌트를 처음부터 다시 봅니다. 첫 힌트를 보려면 이렇게 실행하세요: npm run hint -- {number}",
  "IANA's ephemeral range starts at 49152. Linux hands out ephemeral ports from 32768, but that is the machine's choice, not IANA's table.":
    "IANA의 임시 포트(ephemeral) 범위는 49152부터입니다. Linux는 32768부터 임시 포트를 내주지만, 그것은 그 기계의 선택이지 IANA의 표가 아닙니다.",
  "In the parent, spawn(process.execPath, [...process.execArgv, childPath]) starts the child with the same node (and tsx) as the parent.":
    "부모 프로세스에서 spawn(process.execPath, [...process.execArgv, childPath])를 쓰면 부모와 같은 node(와 tsx)로 자식 프로세스를 시작합니다.",
  "In the server, each client has its own socket: socket.remoteAddress and socket.remotePort are that client's side.":
    "서버에서는 클라이언트마다 자기 소켓이 있습니다. socket.remoteAddress와 socket.remotePort가 그 클라이언트 쪽입니다.",
  "Interrupted after {done} of {total} submissions; their results are stored in {folder}/.cache.":
    "제출물 {total}개 중 {done}개를 채점한 뒤 중단되었습니다. 그 결과는 {folder}/.cache에 저장되어 있습니다.",
  "Is your server listening on the port it printed?": "서버가 출력한 포트 번호에서 리슨하고 있나요?",
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
  "Left alone, because they hold changes made after they were generated (your work):\n{files}":
    "생성된 뒤에 바뀐 파일이라(여러분의 작업) 그대로 두었습니다:\n{files}",
  "Listen for the child's \"close\" event before writing anything: it carries the exit code, and it also tells you when the child died before answering.":
    "무엇이든 쓰기 전에 자식 프로세스의 \"close\" 이벤트부터 기다리세요. 이 이벤트는 종료 코드를 담고 있고, 자식이 응답하기 전에 죽었을 때도 알려 줍니다.",
  "Listen for the server's \"error\" event before listen(). For EADDRINUSE, reject with a sentence that names the port; main() prints it and sets process.exitCode = 1. Then end: do not retry, and leave nothing running.":
    "listen() 전에 서버의 \"error\" 이벤트를 들으세요. EADDRINUSE이면 포트 번호를 밝히는 문장으로 reject하세요. main()이 그것을 출력하고 process.exitCode = 1로 정합니다. 그다음에는 끝내세요. 다시 시도하지 말고, 아무것도 돌아가게 남겨 두지 마세요.",
  "Listen for the server's \"error\" event until it listens, and reject with that error. main() should print one line that names the port (the error's code is EADDRINUSE), set process.exitCode = 1, and let the program end at once.":
    "서버가 리슨을 시작할 때까지 서버의 \"error\" 이벤트를 듣고, 그 오류로 reject하세요. main()은 포트 번호를 밝힌 한 줄을 출력하고(오류 코드는 EADDRINUSE입니다), process.exitCode = 1로 설정한 뒤 프로그램이 곧바로 끝나게 두어야 합니다.",
  "Listen for the socket's \"error\" event. For ECONNREFUSED, reject with a sentence that names the host and port you tried; main() prints it and sets the exit code.":
    "소켓의 \"error\" 이벤트를 들으세요. ECONNREFUSED이면 시도한 호스트와 포트 번호를 밝히는 문장으로 reject하세요. main()이 그것을 출력하고 종료 코드를 정합니다.",
  "Match exactly \"::ffff:\" followed by a dotted quad, ignoring case, and return the dotted quad. Leave every other address as it is: \"::1\" must stay \"::1\", and \"::ffff:7f00:1\" (no dotted quad) too.":
    "대소문자는 무시하고 정확히 \"::ffff:\" 뒤에 점으로 구분한 네 숫자가 오는 모양만 찾아서, 그 네 숫자 부분을 돌려주세요. 다른 주소는 모두 그대로 두세요. \"::1\"은 \"::1\"로, \"::ffff:7f00:1\"(점으로 구분한 네 숫자가 없음)도 그대로 남아야 합니다.",
  "Mean {mean} / {max} points. {problems} with problems in the submission, {failed} could not be graded (see summary.md).":
    "평균 {mean} / {max}점. 제출물에 문제가 있는 것 {problems}개, 채점하지 못한 것 {failed}개(summary.md를 보세요).",
  "Moodle: the total can reach {max} points, and Moodle refuses grades above {limit} unless the site allows unlimited grades; import the exercise columns instead, or ask for that setting.":
    "Moodle: 합계는 {max}점까지 될 수 있는데, Moodle은 사이트에서 무제한 점수(unlimited grades)를 허용하지 않으면 {limit}점보다 큰 점수를 거부합니다. 대신 실습별 열을 가져오거나, 그 설정을 요청하세요.",
  "More than one column of {file} is called \"{name}\": {columns}. Pass the whole column name, with its number in brackets.":
    "{file}에 \"{name}\"(이)라는 열이 둘 이상 있습니다: {columns}. 괄호 안의 번호까지 포함한 열 이름 전체를 넘기세요.",
  "Most common failures": "가장 흔한 실패",
  "NOT STARTED: {message}": "시작 안 함: {message}",
  "Next: exercise {number}, {title}. Read {lesson}, then run: npm test exercises/{number}":
    "다음: 실습 {number}, {title}. {lesson} 문서를 읽은 다음 실행하세요: npm test exercises/{number}",
  "No exercise folder was found in this submission. The grader looks for {folders} either at the top of the submission or inside an exercises/ folder.":
    "이 제출물에서 실습 폴더를 찾지 못했습니다. 채점기는 제출물의 맨 위나 exercises/ 폴더 안에서 다음 폴더를 찾습니다: {folders}.",
  "No exercise has a grader yet, so there is nothing to grade.": "아직 채점기가 있는 실습이 없어서 채점할 것이 없습니다.",
  "No exercise is numbered within {range}. The exercises are {known}.": "{range} 안에 번호가 있는 실습이 없습니다. 실습은 다음과 같습니다: {known}.",
  "None of the chosen exercises has a grader yet.": "고른 실습 가운데 채점기가 있는 것이 아직 없습니다.",
  "None: every check that was started passed.": "없음: 시작한 검사는 모두 통과했습니다.",
  "Not run, because the code does not compile (see above):":
    "코드가 컴파일되지 않아 실행하지 않은 검사(위를 보세요):",
  "Not run: your code does not compile. The errors are shown once, under the check \"{title}\".":
    "실행하지 않음: 코드가 컴파일되지 않습니다. 오류는 \"{title}\" 검사 아래에 한 번만 보여 줍니다.",
  "Not started yet:": "아직 시작하지 않은 검사:",
  "Not started yet: write {names} in {file}. Start with {lesson}.": "아직 시작하지 않았습니다. {file}에서 {names} 함수를 작성하세요. {lesson}부터 읽어 보세요.",
  "Nothing happened in time. Is your program waiting for something that never comes, for example the whole reply in a single 'data' event, or a close that the other side never sends?":
    "제한 시간 안에 아무 일도 일어나지 않았습니다. 프로그램이 끝내 오지 않을 무언가를 기다리고 있지 않나요? 예를 들어 'data' 이벤트 한 번에 오는 응답 전체나, 상대가 결코 보내지 않는 close 같은 것 말입니다.",
  "Nothing listens on {host}:{port}: did your server pass --host to listen()?":
    "{host}:{port}에서 아무도 리슨하지 않습니다. 서버가 --host를 listen()에 넘겼나요?",
  "Nothing was written. These files changed since npm run skeletons wrote them, so they hold someone's work (yours?):\n{files}\nYour work is safe. To replace them with fresh skeletons anyway, run: npm run skeletons -- --force\n(it copies each of them to .lab/backups/ first).":
    "아무 파일도 쓰지 않았습니다. 다음 파일은 npm run skeletons가 쓴 뒤에 바뀌었으므로 누군가의 작업(여러분의 작업일까요?)이 들어 있습니다:\n{files}\n여러분의 작업은 안전합니다. 그래도 새 스켈레톤으로 바꾸려면 npm run skeletons -- --force를 실행하세요\n(바꾸기 전에 파일마다 .lab/backups/에 복사해 둡니다).",
  "One \"data\" chunk is not one request. Keep what follows the last \"\\n\" in a buffer and put it in front of the next chunk: splitLines returns it as `rest`, and readLines keeps it between chunks.":
    "\"data\" 청크 하나가 요청 하나는 아닙니다. 마지막 \"\\n\" 뒤에 남은 것을 버퍼에 두었다가 다음 청크 앞에 붙이세요. splitLines는 그것을 `rest`로 돌려주고, readLines는 청크와 청크 사이에 그것을 보관합니다.",
  "Only the first part of the message was used. TCP is a byte stream: one 'data' event can hold part of a message, or several. Keep reading until you have it all.":
    "메시지의 앞부분만 쓰였습니다. TCP는 바이트 스트림입니다. 'data' 이벤트 하나에 메시지의 일부가 들어 있을 수도, 여러 메시지가 들어 있을 수도 있습니다. 전부 받을 때까지 계속 읽으세요.",
  "Only {received} of the {sent} bytes came back: after \"drain\", resume() the socket so it reads again.":
    "{sent}바이트 중 {received}바이트만 돌아왔습니다. \"drain\" 뒤에 소켓을 resume()해서 다시 읽게 하세요.",
  "Part of your work could not be graded because of a problem on the grader's side; your teacher has been told:":
    "채점기 쪽 문제로 여러분 작업의 일부를 채점하지 못했습니다. 선생님께 이미 알렸습니다:",
  "Pass --timeout on to socket.setTimeout(timeoutMs). On \"timeout\", reject and destroy the socket, so the program ends right after it prints its error.":
    "--timeout을 socket.setTimeout(timeoutMs)에 넘기세요. \"timeout\"에서 reject하고 소켓을 destroy하세요. 그래야 프로그램이 오류를 출력한 뒤 곧바로 끝납니다.",
  "Pass both options to server.listen({ host, port }). Without host, Node listens on every interface (::), and \"listening on\" shows it.":
    "두 옵션을 모두 server.listen({ host, port })에 넘기세요. host가 없으면 Node는 모든 인터페이스(::)에서 리슨하고, \"listening on\"에 그대로 드러납니다.",
  "Pass the host from --host to listen: server.listen({ host, port }). A server that always listens on 127.0.0.1 cannot be reached on 127.0.0.2 or ::1.":
    "--host에서 받은 호스트를 listen에 넘기세요: server.listen({ host, port }). 언제나 127.0.0.1에서 리슨하는 서버에는 127.0.0.2나 ::1로 연결할 수 없습니다.",
  "Pass the host from the options to connect({ host, port }): never a fixed \"127.0.0.1\" or \"localhost\".":
    "옵션에서 받은 호스트를 connect({ host, port })에 넘기세요. 고정된 \"127.0.0.1\"이나 \"localhost\"를 쓰지 마세요.",
  "Points {score}/{max}.": "점수 {score}/{max}.",
  "Port {port} is not one your program listens on: another process on this machine does. The grader talks only to a port your own program listens on; print the port your server really got.":
    "포트 {port}은(는) 여러분의 프로그램이 리슨하는 포트가 아닙니다. 이 컴퓨터의 다른 프로세스가 리슨하고 있습니다. 채점기는 여러분의 프로그램이 직접 리슨하는 포트에만 연결합니다. 서버가 실제로 받은 포트를 출력하세요.",
  "Ports are 16 bits (0-65535). IANA's ranges start at 0, 1024 and 49152: compare with < at each start.":
    "포트 번호는 16비트(0-65535)입니다. IANA의 범위는 0, 1024, 49152에서 시작합니다. 각 시작점과 <로 비교하세요.",
  "Print the message exactly as it came: no trim(), no replacing of line breaks. The spaces and the CRLF are part of what the client said.":
    "메시지를 온 그대로 출력하세요. trim()도, 줄바꿈 바꾸기도 하지 마세요. 공백과 CRLF도 클라이언트가 한 말의 일부입니다.",
  "Print the message exactly as it came: no trim(). The spaces and the CRLF are part of what the client said.":
    "메시지를 온 그대로 출력하세요. trim()을 하지 마세요. 공백과 CRLF도 클라이언트가 한 말의 일부입니다.",
  "Print the reply exactly as it came: no trim(), no replacing of line breaks. The spaces and the CRLF are part of what the server said.":
    "응답을 온 그대로 출력하세요. trim()도, 줄바꿈 바꾸기도 하지 마세요. 공백과 CRLF도 서버가 한 말의 일부입니다.",
  "Processes and pipes": "프로세스와 파이프",
  "Put decoder.push in a try/catch in your \"data\" handler: when it throws, reject with its message (it gives the announced size) and destroy the socket. Do not wait for a body that is too large.":
    "\"data\" 처리기에서 decoder.push를 try/catch로 감싸세요. 예외가 나면 그 메시지(알린 크기가 들어 있습니다)로 reject하고 소켓을 destroy하세요. 너무 큰 본문을 기다리지 마세요.",
  "RST (reset)": "RST (재설정)",
  "Read --port with parsePort, not Number(): it refuses 65536 and abc with an Error that includes the text, and main prints that message and sets process.exitCode = 1.":
    "--port는 Number()가 아니라 parsePort로 읽으세요. parsePort는 65536과 abc를 그 텍스트를 담은 Error로 거부하고, main은 그 메시지를 출력하고 process.exitCode = 1로 설정합니다.",
  "Read more: {lesson}": "더 읽기: {lesson}",
  "Read remoteAddress and remotePort at the start of the handler and print `${address}:${port} says: ${message}`; then close with socket.destroySoon().":
    "핸들러를 시작할 때 remoteAddress와 remotePort를 읽어 두고 `${address}:${port} says: ${message}`를 출력하세요. 그다음 socket.destroySoon()으로 닫으세요.",
  "Read the child's stdout with one readLines for the whole conversation: a reply is complete only at its \"\\n\", however many chunks it came in, and the bytes after it are the start of the next reply: keep them.":
    "자식의 stdout은 대화 전체에 readLines 하나로 읽으세요. 응답은 청크가 몇 개든 \"\\n\"에서야 완성되고, 그 뒤의 바이트는 다음 응답의 앞부분입니다. 버리지 마세요.",
  "Read {lesson}, then replace the TODO in {file}.": "{lesson} 문서를 읽은 다음 {file}의 TODO를 채우세요.",
  "Reports in {folder}/: {files}": "보고서 위치 {folder}/: {files}",
  "Resolve with exactly one echo per message (echoes.slice(0, messages.length)) as soon as you hold that many: a frame the server sent beyond them is not printed.":
    "메시지 수만큼 에코가 모이면 곧바로 정확히 메시지마다 하나씩(echoes.slice(0, messages.length))으로 resolve하세요. 서버가 그보다 더 보낸 프레임은 출력하지 않습니다.",
  "Run the same checks yourself with npm test exercises/NN (for example npm test exercises/03): every save grades again.":
    "같은 검사를 npm test exercises/NN(예: npm test exercises/03)으로 직접 실행해 보세요. 저장할 때마다 다시 채점합니다.",
  "Run the same command again to grade the rest and write the reports.": "같은 명령을 다시 실행하면 나머지를 채점하고 보고서를 씁니다.",
  "Send back every payload that decoder.push returns (a for…of loop), each wrapped again with encodeFrame. Do not write the raw chunk back: an unfinished frame must not be echoed.":
    "decoder.push가 반환하는 페이로드를 모두(for…of 반복문으로) encodeFrame으로 다시 감싸서 돌려보내세요. 받은 청크를 그대로 되쓰지 마세요. 덜 온 프레임은 에코하면 안 됩니다.",
  "Send each message with socket.write(encodeFrame(message)). Push every \"data\" chunk into one FrameDecoder and print only the payloads it returns, once you have one per message. Then socket.end(), and leave no timer running: the program must end right after it prints.":
    "메시지마다 socket.write(encodeFrame(message))로 보내세요. 모든 \"data\" 청크를 FrameDecoder 하나에 넣고, 메시지마다 하나씩 모였을 때 그것이 돌려준 페이로드만 출력하세요. 그다음 socket.end()를 부르고 타이머를 남기지 마세요. 프로그램은 출력한 뒤 곧바로 끝나야 합니다.",
  "Send options.message itself, as it is: socket.end(message) encodes a string as UTF-8. Do not trim it, add to it, or pick another encoding (\"latin1\" or \"binary\" mangle every non-ASCII character).":
    "options.message 자체를 그대로 보내세요. socket.end(message)는 문자열을 UTF-8로 인코딩합니다. 자르거나, 덧붙이거나, 다른 인코딩을 고르지 마세요(\"latin1\"이나 \"binary\"는 ASCII가 아닌 글자를 모두 망가뜨립니다).",
  "Send the line with socket.end(line) instead of socket.write(line): end() writes, then closes the connection at once (no timer), so the client knows the answer is complete.":
    "socket.write(line) 대신 socket.end(line)으로 줄을 보내세요. end()는 쓰고 나서 곧바로(타이머 없이) 연결을 닫으므로, 클라이언트는 응답이 끝났다는 것을 압니다.",
  "Send the text of --message exactly as it was given, encoded as UTF-8: nothing trimmed, nothing added.":
    "--message의 텍스트를 받은 그대로 UTF-8로 인코딩해 보내세요. 잘라 내지도, 덧붙이지도 마세요.",
  "Skipped entries": "건너뛴 항목",
  "Skipped: {entries}.": "건너뜀: {entries}.",
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
  "Stopping ({signal}): ending the grading processes; what is stored stays stored.": "멈추는 중({signal}): 채점 프로세스를 끝냅니다. 저장된 것은 그대로 남습니다.",
  "Submissions with problems": "문제가 있는 제출물",
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
  "The child wrote why it stopped on its stderr ({text}), but your parent did not let it through. Start the child with stdio [\"pipe\", \"pipe\", \"inherit\"]: \"inherit\" gives it your own stderr, so its errors show. (A piped stderr that nobody reads also fills up and stalls the child.)":
    "자식은 멈춘 이유를 자기 stderr에 썼지만({text}), 부모 프로세스가 그것을 내보내지 않았습니다. 자식을 stdio [\"pipe\", \"pipe\", \"inherit\"]로 시작하세요. \"inherit\"는 자식에게 부모의 stderr를 주므로 자식의 오류가 보입니다. (아무도 읽지 않는 파이프로 stderr를 받으면 그 파이프가 가득 차서 자식이 멈추기도 합니다.)",
  "The client closed at once without sending anything, and waited {seconds} s for your server to close too. An empty message is still a message: print it and close.":
    "클라이언트는 아무것도 보내지 않고 바로 닫은 뒤, 서버도 닫기를 {seconds}초 동안 기다렸습니다. 빈 메시지도 메시지입니다. 출력하고 연결을 닫으세요.",
  "The client ends by itself once its work is done: end the socket and clear every timer. Use the --host, --port and --timeout it is given, not constants.":
    "클라이언트는 할 일을 마치면 스스로 끝납니다. 소켓을 end하고 모든 타이머를 지우세요. 상수가 아니라 받은 --host, --port, --timeout을 쓰세요.",
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
  "The column \"{name}\" of {file} is computed by Canvas and read-only: choose an assignment column.":
    "{file}의 \"{name}\" 열은 Canvas가 계산하는 읽기 전용 열입니다. 과제 열을 고르세요.",
  "The connection failed with {code}.": "연결이 실패했습니다({code}).",
  "The connection of {who} was refused. {advice}": "{who}의 연결이 거부되었습니다. {advice}",
  "The connection was refused (ECONNREFUSED): nothing was listening on that port. Is the server started, and is it listening on the port it was given with --port?":
    "연결이 거부되었습니다(ECONNREFUSED). 그 포트에서 리슨하는 것이 없었습니다. 서버가 시작되었나요? --port로 받은 포트 번호에서 리슨하고 있나요?",
  "The connection was refused ({code}): your server still runs but no longer accepts clients. Does it close its listening socket after a client?":
    "연결이 거부되었습니다({code}). 서버는 아직 실행 중이지만 더 이상 클라이언트를 받지 않습니다. 클라이언트 하나를 처리한 뒤 리슨 소켓을 닫고 있지 않나요?",
  "The connection was refused: your server has ended by itself (exit code 0). A server keeps listening for the next client.":
    "연결이 거부되었습니다. 서버가 스스로 끝나 버렸습니다(종료 코드 0). 서버는 다음 클라이언트를 위해 계속 리슨해야 합니다.",
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
  "The grader cannot read {files}: the code is nested too deeply (thousands of brackets or parentheses inside each other). Write it flatter: split deep expressions into steps with names.":
    "채점기가 {files}을(를) 읽을 수 없습니다. 코드가 너무 깊게 중첩되어 있습니다(수천 개의 괄호가 서로 안에 들어 있음). 더 평평하게 작성하세요. 깊은 식은 이름을 붙인 여러 단계로 나누세요.",
  "The grader could not prove that replies reached your parent split: it sent {requests} before reading the start of their replies. Send each request only after the reply to the one before.":
    "채점기는 응답이 부모 프로세스에 나뉘어 도착했다는 것을 증명하지 못했습니다. 부모가 응답의 앞부분을 읽기 전에 {requests}을(를) 보냈기 때문입니다. 각 요청은 앞 요청의 응답을 받은 뒤에 보내세요.",
  "The grader could not read your code: {error}": "채점기가 여러분의 코드를 읽지 못했습니다: {error}",
  "The grader could not run your {name}: {error}": "채점기가 여러분의 {name} 함수를 실행하지 못했습니다: {error}",
  "The grader failed on this exercise twice, the second time alone; the result is kept for a look by hand.":
    "채점기가 이 실습에서 두 번 실패했습니다(두 번째는 이 실습만 채점). 결과는 직접 살펴볼 수 있도록 보관합니다.",
  "The grader itself failed; please report it: {error}": "채점기 자체가 실패했습니다. 이 내용을 알려 주세요: {error}",
  "The grader itself failed; please tell your teacher: {error}": "채점기 자체가 실패했습니다. 선생님께 알려 주세요: {error}",
  "The grader itself was held up for {seconds} s while it waited {limit} s for {what} (it was stopped, or starved of CPU), so this check could not be timed. Grade it again.":
    "채점기가 {what}을(를) {limit}초 동안 기다리는 사이에 채점기 자체가 {seconds}초 동안 멈춰 있었습니다(정지되었거나 CPU를 얻지 못함). 그래서 이 검사의 시간을 잴 수 없었습니다. 다시 채점하세요.",
  "The grader stopped your program from {what}. While it is graded, a program may read only its own folder, write only to a scratch folder, and start other processes only in the exercise about processes.":
    "채점기가 여러분의 프로그램이 하려던 일을 막았습니다: {what}. 채점 중인 프로그램은 자기 폴더만 읽을 수 있고, 임시 작업 폴더에만 쓸 수 있으며, 다른 프로세스는 프로세스 실습에서만 시작할 수 있습니다.",
  "The grader timed out after {seconds} s waiting for {what}.": "채점기가 {seconds}초 동안 다음을 기다렸지만 시간이 초과되었습니다: {what}.",
  "The grading process ended without grading this exercise.": "채점 프로세스가 이 실습을 채점하지 않고 끝났습니다.",
  "The grading process {how} before it finished.": "채점 프로세스가 끝나기 전에 {how}.",
  "The grading process {how} before it finished: {detail}.": "채점 프로세스가 끝나기 전에 {how}: {detail}.",
  "The input ended after \"ping 2\" without a \"\\n\": that last line is still a request. readLines yields what is left in its buffer when the stream ends.":
    "입력이 \"\\n\" 없이 \"ping 2\"에서 끝났습니다. 그 마지막 줄도 요청입니다. readLines는 스트림이 끝날 때 버퍼에 남은 것을 내보냅니다.",
  "The length is an unsigned 32-bit number: read it with readUInt32BE, not readInt32BE. Signed, 80 00 00 00 is negative, passes the size check, and the loop never ends.":
    "길이는 부호 없는 32비트 수입니다. readInt32BE가 아니라 readUInt32BE로 읽으세요. 부호 있는 수로 읽으면 80 00 00 00은 음수가 되어 크기 확인을 통과하고, 루프가 끝나지 않습니다.",
  "The memory ({ seen: 0 }) is made once per process, before the loop. Two child processes never share it.":
    "메모리({ seen: 0 })는 프로세스마다 한 번, 반복문 전에 만들어집니다. 두 자식 프로세스가 그것을 함께 쓰는 일은 없습니다.",
  "The message is complete once you hold MAX_MESSAGE_BYTES bytes: received >= MAX_MESSAGE_BYTES, not >, and not one byte earlier.":
    "메시지는 MAX_MESSAGE_BYTES바이트를 쥐었을 때 완전합니다. >가 아니라 received >= MAX_MESSAGE_BYTES이고, 한 바이트 일찍 끝내서도 안 됩니다.",
  "The port is already in use (EADDRINUSE): another program is listening on it. Catch the 'error' event of your server, print a clear message and exit with a non-zero code.":
    "포트가 이미 사용 중입니다(EADDRINUSE). 다른 프로그램이 그 포트에서 리슨하고 있습니다. 서버의 'error' 이벤트를 잡아서 분명한 메시지를 출력하고 0이 아닌 코드로 종료하세요.",
  "The range {range} runs backwards; write it as {reversed}.": "범위 {range}의 순서가 거꾸로입니다. {reversed}처럼 쓰세요.",
  "The reference child did not get to answer within --timeout {timeout} on this machine, so the grader could not make it go silent.":
    "이 컴퓨터에서는 기준 자식이 --timeout {timeout} 안에 응답하지 못해서, 채점기가 자식을 침묵하게 만들 수 없었습니다.",
  "The reference child given with --child never started. Does your parent start the program named by --child (options.childPath), with process.execPath and process.execArgv, and leave its environment as it is?":
    "--child로 준 기준 자식이 시작되지 않았습니다. 부모 프로세스가 --child가 가리키는 프로그램(options.childPath)을 process.execPath와 process.execArgv로 시작하고, 환경 변수는 그대로 두나요?",
  "The reply is complete once you hold MAX_REPLY_BYTES bytes: received >= MAX_REPLY_BYTES, not >, and not one byte earlier.":
    "응답은 MAX_REPLY_BYTES바이트를 쥐었을 때 완전합니다. >가 아니라 received >= MAX_REPLY_BYTES이고, 한 바이트 일찍 끝내서도 안 됩니다.",
  "The reply to \"exit 7\" must be \"bye 7\", before the child exits.": "\"exit 7\"에 대한 응답은 자식 프로세스가 종료하기 전에 보내는 \"bye 7\"이어야 합니다.",
  "The reply to \"ping 0\" must be \"pong 0\", on its own line.": "\"ping 0\"에 대한 응답은 한 줄에 따로 쓴 \"pong 0\"이어야 합니다.",
  "The reply to \"ping 1\" must be \"pong 1\", on its own line.": "\"ping 1\"에 대한 응답은 한 줄에 따로 쓴 \"pong 1\"이어야 합니다.",
  "The reply to \"ping 1\" must be \"pong 1\".": "\"ping 1\"에 대한 응답은 \"pong 1\"이어야 합니다.",
  "The reply to \"ping 2\" must be \"pong 2\".": "\"ping 2\"에 대한 응답은 \"pong 2\"여야 합니다.",
  "The reply to \"ping TEXT\" must be \"pong TEXT\", with the same TEXT.": "\"ping TEXT\"에 대한 응답은 같은 TEXT를 쓴 \"pong TEXT\"여야 합니다.",
  "The result of {count} checks is larger than GitHub's limit of {limit} characters even without messages: grade fewer exercises per workflow run (--exercises).":
    "검사 {count}개의 결과는 메시지를 모두 빼도 GitHub의 제한인 {limit}자보다 큽니다. 워크플로 실행 한 번에 채점할 실습 수를 줄이세요(--exercises).",
  "The second child is another process with its own memory: it has seen only this one request.":
    "두 번째 자식은 자기만의 메모리를 가진 다른 프로세스입니다. 이 프로세스가 본 요청은 이것 하나뿐입니다.",
  "The server did not receive the greeting it expected.": "서버가 기대한 인사말을 받지 못했습니다.",
  "The zip file could not be opened ({error}). Zip the folder again and submit the new file.": "zip 파일을 열 수 없습니다({error}). 폴더를 다시 압축해서 새 파일을 제출하세요.",
  "The zip file holds more than {count} files. Zip only your exercise folders and submit the new file.":
    "zip 파일에 파일이 {count}개보다 많습니다. 실습 폴더만 압축해서 새 파일을 제출하세요.",
  "The zip file is damaged ({error}). Zip the folder again and submit the new file.": "zip 파일이 손상되었습니다({error}). 폴더를 다시 압축해서 새 파일을 제출하세요.",
  "The zip file is larger than {megabytes} MB. Zip only your exercise folders and submit the new file.":
    "zip 파일이 {megabytes} MB보다 큽니다. 실습 폴더만 압축해서 새 파일을 제출하세요.",
  "Then the child: answer() is a plain function (request in, reply out). Try it by hand: npx tsx exercises/01-processes/child.ts, type ping 1, press Enter.":
    "그다음은 자식 프로세스입니다. answer()는 평범한 함수입니다(요청을 넣으면 응답이 나옴). 직접 해 보세요: npx tsx exercises/01-processes/child.ts를 실행하고, ping 1을 입력하고, Enter를 누르세요.",
  "There is no exercise {asked}. The exercises are:\n{list}\nFor example: npm test exercises/{example}":
    "실습 {asked}은(는) 없습니다. 실습 목록입니다:\n{list}\n예: npm test exercises/{example}",
  "There is no folder {folder}. Give the folder that holds one folder or .zip per student.": "{folder} 폴더가 없습니다. 학생마다 폴더나 .zip 하나씩이 들어 있는 폴더를 주세요.",
  "These skeletons lag behind their solutions:\n{files}\nRegenerate them: npm run skeletons":
    "다음 스켈레톤이 기준 구현보다 뒤처져 있습니다:\n{files}\n다시 생성하세요: npm run skeletons",
  "This client connected from {from}: print the client's address (remoteAddress:remotePort), then \" says: \" and its message.":
    "이 클라이언트는 {from}에서 연결했습니다. 클라이언트의 주소(remoteAddress:remotePort), 그다음 \" says: \"와 메시지를 출력하세요.",
  "This client sent its message and FIN, and waited {seconds} s for your server to close the connection.":
    "이 클라이언트는 메시지와 FIN을 보내고, 서버가 연결을 닫기를 {seconds}초 동안 기다렸습니다.",
  "Total: {total} / {max} points": "합계: {total} / {max}점",
  "Turn text into bytes with Buffer.from(text, \"utf8\") first and count those bytes: \"안녕\" is 6 bytes, not 2. Write the count with header.writeUInt32BE(length, 0): BE, not LE.":
    "먼저 Buffer.from(text, \"utf8\")로 텍스트를 바이트로 바꾸고 그 바이트를 세세요. \"안녕\"은 2가 아니라 6바이트입니다. 길이는 header.writeUInt32BE(length, 0)로 쓰세요. LE가 아니라 BE입니다.",
  "Turn the reply's bytes into text with reply.toString(\"utf8\") before printing (printing the Buffer itself shows <Buffer 48 65 …>). Then nothing may keep your program running: clear every timer you started, and end or destroy the socket.":
    "출력하기 전에 reply.toString(\"utf8\")로 응답의 바이트를 텍스트로 바꾸세요(Buffer 자체를 출력하면 <Buffer 48 65 …>가 나옵니다). 그다음에는 아무것도 프로그램을 붙잡아 두면 안 됩니다. 시작한 타이머는 모두 해제하고, 소켓은 end하거나 destroy하세요.",
  "Until the server listens, its \"error\" event (EADDRINUSE) must reject, so main() can print one clear line and exit with code 1.":
    "서버가 리슨을 시작하기 전까지는 \"error\" 이벤트(EADDRINUSE)가 reject로 이어져야 합니다. 그래야 main()이 분명한 한 줄을 출력하고 코드 1로 종료할 수 있습니다.",
  "Use a while loop, not an if: after taking one frame out of this.pending, look again, because the same chunk may hold more frames. Loop while pending.length >= 4 (not > 4): an empty frame is just a header.":
    "if가 아니라 while 반복문을 쓰세요. this.pending에서 프레임 하나를 꺼낸 뒤 다시 보세요. 같은 청크에 프레임이 더 있을 수 있습니다. pending.length >= 4인 동안 반복하세요(> 4가 아닙니다). 빈 프레임은 헤더뿐입니다.",
  "What happened": "실제로 일어난 일",
  "What happened, drawn:": "실제로 일어난 일을 그림으로:",
  "What happened, in order:": "무슨 일이 있었는지, 순서대로:",
  "What passed:": "통과한 검사:",
  "What the lesson expects": "레슨이 기대하는 주고받기",
  "What the lesson expects:": "레슨이 기대하는 주고받기:",
  "When a signal killed the child, \"close\" gives code null and the signal's name (SIGKILL). That is no exit code to pass on: throw an Error that names the signal (describeEnd does), and exit with 1.":
    "시그널이 자식을 죽이면 \"close\"는 코드 null과 시그널 이름(SIGKILL)을 줍니다. 전달할 종료 코드가 없는 것입니다. 시그널 이름을 담은 Error를 던지고(describeEnd가 그렇게 씁니다) 1로 종료하세요.",
  "When replies.next() says done, the child's output has ended: there is no reply. Wait for \"close\" and throw an Error like child exited with code 3 before answering \"ping 2\"; main prints it and exits with 1.":
    "replies.next()가 done이라고 하면 자식 프로세스의 출력이 끝난 것입니다. 응답은 없습니다. \"close\"를 기다린 다음 child exited with code 3 before answering \"ping 2\" 같은 Error를 던지세요. main이 그것을 출력하고 1로 종료합니다.",
  "When stdin ends, the for await loop ends: return 0 and let the process finish. Nothing else (a timer, an interval) may keep it running, and the end of input is not an error.":
    "stdin이 끝나면 for await 반복문도 끝납니다. 0을 반환하고 프로세스가 끝나게 두세요. 다른 어떤 것(타이머, interval)도 프로세스를 붙잡아 두면 안 되고, 입력의 끝은 오류가 아닙니다.",
  "When the stream ends, readLines must yield what is left in its buffer: the other side may end without a last \"\\n\" (a user who types a line and presses Ctrl-D).":
    "스트림이 끝나면 readLines는 버퍼에 남은 것을 내보내야 합니다. 상대는 마지막 \"\\n\" 없이 끝낼 수 있습니다(한 줄을 치고 Ctrl-D를 누르는 사용자처럼).",
  "Wrap decoder.push in try/catch: on an error, log it and socket.destroy() that one connection. And give every socket an \"error\" handler, so a client's reset cannot crash the server.":
    "decoder.push를 try/catch로 감싸세요. 오류가 나면 기록하고 그 연결 하나만 socket.destroy()하세요. 그리고 모든 소켓에 \"error\" 핸들러를 달아서, 클라이언트의 재설정(reset)이 서버를 죽이지 못하게 하세요.",
  "Wrap each wait in withTimeout(…, timeoutMs, …) with the timeout from --timeout. When it fires, stop the child with child.kill() and wait for its \"close\": a live child keeps the parent running. Give child.stdin an \"error\" listener: writing to a child that stopped reading fails with EPIPE.":
    "기다리는 곳마다 --timeout에서 온 시간으로 withTimeout(…, timeoutMs, …)을 씌우세요. 시간이 다 되면 child.kill()로 자식을 멈추고 \"close\"를 기다리세요. 살아 있는 자식은 부모를 계속 실행되게 합니다. child.stdin에는 \"error\" 리스너를 다세요. 읽기를 멈춘 자식에게 쓰면 EPIPE로 실패합니다.",
  "Write GREETING the moment a client connects; the message comes after, in \"data\" events.":
    "클라이언트가 연결하는 순간 GREETING을 쓰세요. 메시지는 그 뒤에 \"data\" 이벤트로 옵니다.",
  "Write each request with a \"\\n\" (the child waits for it), print \"REQUEST -> REPLY\", then call child.stdin.end() so the child can finish, and wait for its \"close\" event. Then nothing may keep the parent alive: clear every timer (withTimeout's clearTimeout).":
    "요청마다 \"\\n\"을 붙여 쓰고(자식 프로세스가 그것을 기다립니다), \"REQUEST -> REPLY\"를 출력하고, 자식이 끝날 수 있게 child.stdin.end()를 호출한 다음, 자식의 \"close\" 이벤트를 기다리세요. 그 뒤에는 아무것도 부모를 붙잡아 두면 안 됩니다. 타이머는 모두 지우세요(withTimeout의 clearTimeout).",
  "Write exactly one line on stdout for every request: \"pong TEXT\" for \"ping TEXT\", and for an unknown request the line error: unknown request \"…\" (on stdout too, not stderr, and without throwing). End each reply with \"\\n\".":
    "요청마다 stdout에 정확히 한 줄을 쓰세요. \"ping TEXT\"에는 \"pong TEXT\"를, 모르는 요청에는 error: unknown request \"…\" 줄을 씁니다(이것도 stderr가 아니라 stdout에, 예외를 던지지 않고). 응답은 모두 \"\\n\"으로 끝내세요.",
  "Write exactly the message from --message (default \"Hello. Server.\"): no newline, no extra spaces. Then call socket.end() so the server knows you are done.":
    "--message로 받은 메시지(기본값 \"Hello. Server.\")를 정확히 그대로 쓰세요. 줄바꿈도, 여분의 공백도 없이요. 그다음 socket.end()를 호출해서 다 보냈다는 것을 서버에 알리세요.",
  "Write the message on \"connect\", then socket.end(): the server then knows your message is complete.":
    "\"connect\"에서 메시지를 쓰고, 그다음 socket.end()를 호출하세요. 그러면 서버가 메시지가 끝났다는 것을 압니다.",
  "Wrote {count} files:\n{files}":
    "파일 {count}개를 썼습니다:\n{files}",
  "Your child": "자식 프로세스",
  "Your child {how} when its stdin ended. The end of the input is the normal way to finish: exit with code 0.":
    "stdin이 끝났을 때 자식 프로세스가 {how}. 입력이 끝나는 것은 정상적인 마무리입니다. 코드 0으로 종료하세요.",
  "Your child {how}: \"exit 255\" asks for exit code 255.": "자식 프로세스가 {how}. \"exit 255\"는 종료 코드 255를 요청합니다.",
  "Your child {how}: \"exit 4\" asks for exit code 4.": "자식 프로세스가 {how}. \"exit 4\"는 종료 코드 4를 요청합니다.",
  "Your child {how}: \"exit 7\" asks for exit code 7. Return the code from serve, and main sets process.exitCode.":
    "자식 프로세스가 {how}. \"exit 7\"은 종료 코드 7을 요청합니다. serve에서 그 코드를 반환하면 main이 process.exitCode를 설정합니다.",
  "Your client did not send FIN after its message: call socket.end() once it is written.":
    "클라이언트가 메시지 뒤에 FIN을 보내지 않았습니다. 메시지를 쓴 다음 socket.end()를 호출하세요.",
  "Your client did not send each message as one frame: 4-byte big-endian length, then the UTF-8 bytes.":
    "클라이언트가 메시지마다 프레임 하나로 보내지 않았습니다. 프레임은 4바이트 빅 엔디언 길이, 그다음 UTF-8 바이트입니다.",
  "Your client did not send the default message {frame} as one frame: without --message it sends the note's greeting.":
    "클라이언트가 기본 메시지 {frame}을(를) 프레임 하나로 보내지 않았습니다. --message가 없으면 노트의 인사말을 보냅니다.",
  "Your client gave up after {waited} ms, not after the --timeout of {ms} ms it was given: pass --timeout on to socket.setTimeout.":
    "클라이언트가 받은 --timeout {ms}ms가 아니라 {waited}ms 뒤에 포기했습니다. --timeout을 socket.setTimeout에 넘기세요.",
  "Your client had printed nothing {seconds} s after the server had done its part. Is it waiting for something that does not come: more bytes, or a close the server never sends?":
    "서버가 제 몫을 마치고 {seconds}초가 지나도록 클라이언트가 아무것도 출력하지 않았습니다. 오지 않을 무언가를 기다리고 있나요? 더 많은 바이트나, 서버가 끝내 하지 않는 닫기 같은 것을요?",
  "Your client never connected to the server.": "클라이언트가 서버에 한 번도 연결하지 않았습니다.",
  "Your client never reached the server on {host}. Connect to the host given with --host, not a fixed address.":
    "클라이언트가 {host}의 서버에 끝내 닿지 못했습니다. 고정된 주소가 아니라 --host로 받은 호스트에 연결하세요.",
  "Your client was still running {seconds} s after its work was done. Something keeps it alive: a timer that was never cleared, or a socket that was never ended or destroyed.":
    "클라이언트가 할 일을 마치고 {seconds}초가 지나도 아직 실행 중이었습니다. 무언가가 프로그램을 붙잡아 두고 있습니다. 해제하지 않은 타이머나, end 또는 destroy하지 않은 소켓입니다.",
  "Your code crashed (or exited) while the grader ran \"{case}\".": "채점기가 \"{case}\" 사례를 실행하는 동안 여러분의 코드가 죽었습니다(또는 종료했습니다).",
  "Your code does not compile. Fix the error at the file and line shown, then save again.": "코드가 컴파일되지 않습니다. 표시된 파일과 줄의 오류를 고친 다음 다시 저장하세요.",
  "Your code does not compile:\n{errors}": "코드가 컴파일되지 않습니다:\n{errors}",
  "Your code threw an error the grader did not expect: {error}": "여러분의 코드가 채점기가 예상하지 못한 오류를 던졌습니다: {error}",
  "Your files were copied to {folder} before they were replaced.":
    "바꾸기 전에 여러분의 파일을 {folder}에 복사해 두었습니다.",
  "Your message does not name {facts}: a user needs it to act. Include {texts} in what you print.":
    "메시지에 {facts}이(가) 없습니다. 사용자가 무엇을 할지 알려면 필요합니다. 출력에 {texts}을(를) 넣으세요.",
  "Your parent": "부모 프로세스",
  "Your parent crashed with a stack trace after its child went silent, and left the child running. Read the first lines of the trace: writing to a child that stopped reading fails with EPIPE, so give child.stdin an \"error\" listener.":
    "자식이 침묵한 뒤 부모 프로세스가 스택 트레이스를 남기고 죽었고, 자식은 실행 중인 채로 남았습니다. 트레이스의 첫 줄들을 읽어 보세요. 읽기를 멈춘 자식에게 쓰면 EPIPE로 실패하므로, child.stdin에 \"error\" 리스너를 다세요.",
  "Your parent gave up after {ms} ms, before its child could answer, though --timeout {timeout} gives the child {timeout} ms. Use options.timeoutMs for every wait.":
    "--timeout {timeout}은(는) 자식에게 {timeout}밀리초를 주는데, 부모 프로세스는 자식이 응답하기도 전에 {ms}밀리초 만에 포기했습니다. 기다리는 곳마다 options.timeoutMs를 쓰세요.",
  "Your parent never closed its child's stdin. After the last request, call child.stdin.end(): the child then sees the end of its input.":
    "부모 프로세스가 자식의 stdin을 닫지 않았습니다. 마지막 요청 뒤에 child.stdin.end()를 호출하세요. 그러면 자식은 입력의 끝을 봅니다.",
  "Your parent never sent the child a request (it said {said}). Write \"ping 1\\n\" to child.stdin first.":
    "부모 프로세스가 자식에게 요청을 하나도 보내지 않았습니다({said}라고 출력함). 먼저 child.stdin에 \"ping 1\\n\"을 쓰세요.",
  "Your parent never sent the child a request. Write \"ping 1\\n\" to child.stdin first.":
    "부모 프로세스가 자식에게 요청을 하나도 보내지 않았습니다. 먼저 child.stdin에 \"ping 1\\n\"을 쓰세요.",
  "Your parent passed {value} to setTimeout, which cannot wait longer than 2147483647 ms: Node warned (TimeoutOverflowWarning) and made it 1 ms, so your parent gave up at once. Refuse a --timeout above 2147483647 with a clear message instead.":
    "부모 프로세스가 {value}을(를) setTimeout에 넘겼지만, setTimeout은 2147483647밀리초보다 오래 기다릴 수 없습니다. Node가 경고하고(TimeoutOverflowWarning) 1밀리초로 바꾸었으므로 부모는 곧바로 포기했습니다. 2147483647보다 큰 --timeout은 알기 쉬운 메시지와 함께 거부하세요.",
  "Your parent printed {line}, but the child exited without answering \"{request}\". When the child's output ends, there is no reply: report how the child ended.":
    "부모 프로세스가 {line} 줄을 출력했지만, 자식은 \"{request}\"에 응답하지 않고 종료했습니다. 자식의 출력이 끝나면 응답은 없습니다. 자식이 어떻게 끝났는지 알리세요.",
  "Your parent should print one line \"REQUEST -> REPLY\" per request, then \"child exited with code N\".":
    "부모 프로세스는 요청마다 \"REQUEST -> REPLY\" 한 줄을, 마지막에 \"child exited with code N\"을 출력해야 합니다.",
  "Your parent should say how its child ended: \"child exited with code 5\".": "부모 프로세스는 자식이 어떻게 끝났는지 말해야 합니다: \"child exited with code 5\".",
  "Your parent was still running {seconds} s after it closed its child's stdin, though the child never ended and --timeout {timeout} told it to give up after {timeout} ms. Wait for the child's end with withTimeout too, and stop the child (child.kill()) when it fires.":
    "자식은 끝나지 않았고 --timeout {timeout}은(는) {timeout}밀리초 뒤에 포기하라는 뜻인데, 자식의 stdin을 닫고 {seconds}초가 지나도 부모 프로세스가 여전히 실행 중이었습니다. 자식의 끝을 기다릴 때도 withTimeout을 쓰고, 시간이 다 되면 자식을 멈추세요(child.kill()).",
  "Your parent was still running {seconds} s after its child went silent, though --timeout {timeout} told it to give up after {timeout} ms. Does every wait for the child have a timeout of --timeout? And when it gives up, does it stop the child (child.kill())? A running child keeps its parent waiting.":
    "--timeout {timeout}은(는) {timeout}밀리초 뒤에 포기하라는 뜻인데, 자식이 침묵하고 {seconds}초가 지나도 부모 프로세스가 여전히 실행 중이었습니다. 자식을 기다리는 모든 곳에 --timeout의 시간 제한이 있나요? 포기할 때 자식을 멈추나요(child.kill())? 실행 중인 자식은 부모를 계속 기다리게 합니다.",
  "Your parent {how}, but its child answered every request and exited with code {code}.": "부모 프로세스가 {how}. 하지만 자식은 모든 요청에 응답하고 종료했습니다(종료 코드 {code}).",
  "Your parent {how}, but its child never ended: it still waits for requests. After the last request, call child.stdin.end(): the child then sees the end of its input and exits.":
    "부모 프로세스가 {how}. 하지만 자식은 끝나지 않았습니다. 아직 요청을 기다리고 있습니다. 마지막 요청 뒤에 child.stdin.end()를 호출하세요. 그러면 자식은 입력의 끝을 보고 종료합니다.",
  "Your parent {how}, saying {said}, but its child answered every request and exited with code {code}.":
    "부모 프로세스가 {said}라고 출력하고 {how}. 하지만 자식은 모든 요청에 응답하고 종료했습니다(종료 코드 {code}).",
  "Your program crashed with a stack trace after {what}. Catch the error and print one clear sentence instead.":
    "{what} 뒤에 프로그램이 스택 트레이스를 남기고 죽었습니다. 오류를 잡아서 대신 분명한 문장 하나를 출력하세요.",
  "Your program did its work but did not end. A Node program ends by itself once nothing is left to wait for: every socket ended or destroyed, every server closed, every timer cleared. Close what is still open as soon as its work is done.":
    "프로그램이 할 일을 했지만 끝나지 않았습니다. Node 프로그램은 더 기다릴 것이 없으면 스스로 끝납니다. 모든 소켓을 end하거나 destroy하고, 모든 서버를 닫고, 모든 타이머를 지워야 합니다. 아직 열려 있는 것은 할 일이 끝나는 즉시 닫으세요.",
  "Your program did not print what the server sent.": "프로그램이 서버가 보낸 것을 출력하지 않았습니다.",
  "Your program ended with an error. Read its output in the transcript above: the first lines of the stack trace name the file and line.":
    "프로그램이 오류와 함께 끝났습니다. 위 기록에 있는 프로그램의 출력을 읽어 보세요. 스택 트레이스의 첫 줄들이 파일과 줄 번호를 알려 줍니다.",
  "Your program ended with exit code 13: its top-level await never settled (the promise it awaited was never resolved or rejected), so Node gave up on it.":
    "프로그램이 종료 코드 13으로 끝났습니다. 최상위 await가 결정되지 않아서(기다리던 프로미스가 resolve도 reject도 되지 않아서) Node가 포기한 것입니다.",
  "Your program exited with code 0, as if all went well, after {what}. Set process.exitCode = 1.":
    "{what} 뒤에 프로그램이 모든 것이 잘된 것처럼 코드 0으로 종료했습니다. process.exitCode = 1로 설정하세요.",
  "Your program left processes running after it ended, outside its own process group (started detached?): {list}. The grader stopped them. Stop every process you start, and do not detach them.":
    "프로그램이 끝난 뒤에도 자기 프로세스 그룹 밖에서 실행 중인 프로세스를 남겼습니다(detached로 시작했나요?): {list}. 채점기가 그것들을 멈췄습니다. 시작한 프로세스는 모두 멈추고, 떼어 내지(detach) 마세요.",
  "Your program printed nothing after {what}. Print one sentence that says what went wrong.":
    "{what} 뒤에 프로그램이 아무것도 출력하지 않았습니다. 무엇이 잘못되었는지 한 문장으로 출력하세요.",
  "Your program tried to send {signal} to process {pid}, which it did not start; the grader refused it. A graded program may signal only itself and the processes it started.":
    "여러분의 프로그램이 자기가 시작하지 않은 프로세스 {pid}에 {signal}을(를) 보내려 했고, 채점기가 이를 막았습니다. 채점받는 프로그램은 자기 자신과 자기가 시작한 프로세스에만 시그널을 보낼 수 있습니다.",
  "Your program used more than {limit} MB of memory, and Node stopped it. Does something grow without end, such as an array or a string in a loop?":
    "프로그램이 {limit} MB가 넘는 메모리를 써서 Node가 멈췄습니다. 반복문 안의 배열이나 문자열처럼 끝없이 커지는 것이 있지 않나요?",
  "Your program was still running {seconds} s after {after}: {why}":
    "{after} 뒤 {seconds}초가 지나도 프로그램이 여전히 실행 중이었습니다. {why}",
  "Your program {how} instead of exiting with code 0.": "프로그램이 {how}. 코드 0으로 종료해야 합니다.",
  "Your server answered with the IPv4-mapped form of the address. Pass socket.remoteAddress through normaliseAddress, so ::ffff:127.0.0.1 is shown as 127.0.0.1.":
    "서버가 IPv4 매핑 형태의 주소로 응답했습니다. socket.remoteAddress를 normaliseAddress에 통과시켜서 ::ffff:127.0.0.1이 127.0.0.1로 보이게 하세요.",
  "Your server answered, then kept the connection open for {seconds} s more. Send the line with socket.end(line): it writes, then closes at once. The client knows the answer is complete only when the connection ends.":
    "서버가 응답한 뒤 {seconds}초 더 연결을 열어 두었습니다. socket.end(line)으로 줄을 보내세요. 쓰고 나서 곧바로 닫습니다. 클라이언트는 연결이 끝나야 응답이 끝났다는 것을 압니다.",
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
  "Your server ended before it printed `listening on HOST:PORT`.": "서버가 `listening on HOST:PORT`를 출력하기 전에 끝났습니다.",
  "Your server must keep listening after a client: do not close the server, only the client's socket.":
    "서버는 클라이언트 하나를 처리한 뒤에도 계속 리슨해야 합니다. 서버가 아니라 클라이언트의 소켓만 닫으세요.",
  "Your server printed `{line}` when it was given --port 0: the system chooses the real port only once the server is listening.":
    "--port 0을 받은 서버가 `{line}`을(를) 출력했습니다. 진짜 포트는 서버가 리슨을 시작한 뒤에야 시스템이 정합니다.",
  "Your server printed `{line}`, but it was given --host {host}: listen on the host it is given, and print that one.":
    "서버가 `{line}`을(를) 출력했지만 받은 것은 --host {host}입니다. 받은 호스트에서 리슨하고, 그 호스트를 출력하세요.",
  "Your server printed its message and was still running {seconds} s later, with nothing left to do. Something keeps it alive: a timer (a delay before exiting, a retry), an interval, or a server or socket left open. Set process.exitCode = 1 and let it end.":
    "서버가 메시지를 출력하고 할 일이 없는데도 {seconds}초 뒤까지 실행 중이었습니다. 무언가가 붙잡아 두고 있습니다. 타이머(종료 전 지연, 재시도), interval, 또는 열어 둔 서버나 소켓입니다. process.exitCode = 1로 설정하고 끝나게 두세요.",
  "Your server printed its message and was still running {seconds} s later. It cannot listen, so it has nothing to do: end (set process.exitCode = 1 and let main return), rather than retry or wait.":
    "서버가 메시지를 출력하고 {seconds}초가 지나도 아직 실행 중이었습니다. 리슨할 수 없으니 할 일이 없습니다. 다시 시도하거나 기다리지 말고 끝내세요(process.exitCode = 1로 정하고 main이 return하게 두세요).",
  "Your server printed its port before it was listening: with --port 0 the system picks the port only when listen() succeeds. Print the line inside the listen callback, with server.address().port.":
    "서버가 리슨하기 전에 포트를 출력했습니다. --port 0이면 시스템은 listen()이 성공할 때에야 포트를 고릅니다. 그 줄은 listen 콜백 안에서 server.address().port로 출력하세요.",
  "Your server printed less than the two lines of this message within {seconds} s.": "서버가 {seconds}초 안에 이 메시지의 두 줄을 다 출력하지 않았습니다.",
  "Your server printed no line that names client A ({client}) and the size its header announced ({announced}). Log the client's address:port and the decoder's error message.":
    "서버가 클라이언트 A({client})와 그 헤더가 알린 크기({announced})를 밝히는 줄을 출력하지 않았습니다. 클라이언트의 주소:포트와 디코더의 오류 메시지를 로그로 남기세요.",
  "Your server printed nothing for the client that said nothing.": "서버가 아무 말도 하지 않은 클라이언트에 대해 아무것도 출력하지 않았습니다.",
  "Your server printed nothing within {seconds} s of receiving 101 bytes. This client never sends FIN: stop reading once you hold MAX_MESSAGE_BYTES bytes.":
    "서버가 101바이트를 받고 {seconds}초가 지나도록 아무것도 출력하지 않았습니다. 이 클라이언트는 FIN을 끝내 보내지 않습니다. MAX_MESSAGE_BYTES바이트를 쥐면 읽기를 멈추세요.",
  "Your server printed nothing within {seconds} s of receiving 114 bytes and no FIN. Count bytes (chunk.length): 114 is more than MAX_MESSAGE_BYTES.":
    "서버가 114바이트를 받고 FIN은 받지 않은 채 {seconds}초가 지나도록 아무것도 출력하지 않았습니다. 바이트(chunk.length)를 세세요. 114는 MAX_MESSAGE_BYTES보다 큽니다.",
  "Your server printed nothing within {seconds} s of receiving exactly 100 bytes. It holds MAX_MESSAGE_BYTES bytes: the message is complete (>=, not >).":
    "서버가 정확히 100바이트를 받고 {seconds}초가 지나도록 아무것도 출력하지 않았습니다. MAX_MESSAGE_BYTES바이트를 쥐었으니 메시지는 완전합니다(>가 아니라 >=).",
  "Your server printed nothing within {seconds} s of receiving the message and the client's FIN.":
    "서버가 메시지와 클라이언트의 FIN을 받고 {seconds}초가 지나도록 아무것도 출력하지 않았습니다.",
  "Your server printed nothing within {seconds} s of receiving the whole message and the client's FIN.":
    "서버가 메시지 전체와 클라이언트의 FIN을 받고 {seconds}초가 지나도록 아무것도 출력하지 않았습니다.",
  "Your server printed the message but kept the connection open for {seconds} s. Close it after printing.":
    "서버가 메시지를 출력했지만 연결을 {seconds}초 동안 열어 두었습니다. 출력한 뒤에 연결을 닫으세요.",
  "Your server sent {count} bytes and then nothing for {seconds} s. Greet every client with \"{greeting}\" as soon as it connects.":
    "서버가 {count}바이트를 보낸 뒤 {seconds}초 동안 아무것도 보내지 않았습니다. 클라이언트가 연결하자마자 이 인사말을 보내세요: \"{greeting}\"",
  "Your server should print all 100 bytes: at 99 the message is not complete yet, at 100 it is (received >= MAX_MESSAGE_BYTES).":
    "서버는 100바이트를 모두 출력해야 합니다. 99에서는 메시지가 아직 완전하지 않고, 100에서 완전합니다(received >= MAX_MESSAGE_BYTES).",
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
  "Your server stopped listening after a client reset its connection: did it crash? Give each client's socket an \"error\" handler (socket.on(\"error\", …)), so one bad connection cannot take the server down.":
    "한 클라이언트가 연결을 재설정한 뒤 서버가 더는 리슨하지 않습니다. 서버가 죽었나요? 클라이언트의 소켓마다 \"error\" 핸들러를 달아(socket.on(\"error\", …)) 나쁜 연결 하나가 서버를 쓰러뜨리지 못하게 하세요.",
  "Your server told {who} the server's own port, {serverPort}, but {who} connects from port {clientPort}: that is socket.remotePort. socket.localPort is the server's side, the same for every client.":
    "서버가 {who}에게 서버 자신의 포트 번호({serverPort})를 알려 주었지만, {who}은(는) 포트 {clientPort}에서 연결합니다. 그것이 socket.remotePort입니다. socket.localPort는 서버 쪽이라 어느 클라이언트에게나 같습니다.",
  "Your server took all {limit} MiB although the client read none of its echoes: it kept every echo in memory. When socket.write() returns false, pause() the socket until \"drain\".":
    "클라이언트가 에코를 하나도 읽지 않았는데 서버가 {limit} MiB를 전부 받았습니다. 모든 에코를 메모리에 쌓아 둔 것입니다. socket.write()가 false를 반환하면 \"drain\"까지 소켓을 pause()하세요.",
  "Your server {how} after a client reset its connection. Give each client's socket an \"error\" handler, so ECONNRESET from one client cannot crash the server.":
    "한 클라이언트가 연결을 재설정한 뒤 서버가 {how}. 클라이언트의 소켓마다 \"error\" 핸들러를 달아, 한 클라이언트의 ECONNRESET이 서버를 죽이지 못하게 하세요.",
  "Your {name} gave no result for {input}.": "여러분의 {name} 함수가 입력 {input}에 대해 결과를 내지 않았습니다.",
  "`{program}` crashed with exit code {code}: {error}{where}":
    "`{program}`이(가) 종료 코드 {code}(으)로 죽었습니다: {error}{where}",
  "`{program}` ended with exit code 13: its top-level await never settled.":
    "`{program}`이(가) 종료 코드 13으로 끝났습니다. 최상위 await가 결정되지 않았습니다.",
  "a TCP connection still being opened":
    "아직 여는 중인 TCP 연결",
  "a bad value for {option}: {args}": "{option}의 잘못된 값: {args}",
  "a character cut between two chunks": "두 청크 사이에서 잘린 문자",
  "a child killed by SIGKILL": "SIGKILL로 죽은 자식",
  "a child process still running":
    "아직 실행 중인 자식 프로세스",
  "a child that did not end": "끝나지 않는 자식",
  "a child that exited before answering": "응답하기 전에 종료한 자식",
  "a child that exited with code 3 before answering": "응답하기 전에 코드 3으로 종료한 자식 프로세스",
  "a child that went silent": "침묵한 자식",
  "a client that resets": "연결을 재설정하는 클라이언트",
  "a connection to port {port} to be refused": "포트 {port}로의 연결이 거절되는 것",
  "a connection to {host}:{port}": "{host}:{port}에 연결하는 것",
  "a dot at the end makes a fifth, empty part": "끝의 점 때문에 다섯 번째 빈 부분이 생깁니다",
  "a file operation in progress":
    "진행 중인 파일 작업",
  "a header announcing {announced} bytes":
    "{announced}바이트를 알리는 헤더",
  "a host name being looked up":
    "찾는 중인 호스트 이름",
  "a last line without \"\\n\"": "\"\\n\" 없는 마지막 줄",
  "a line of 140000 characters in three chunks": "청크 세 개에 걸친 140000자짜리 줄",
  "a new probe process: the last one ended while \"{case}\" of another check ran": "새 프로브 프로세스입니다. 이전 프로세스는 다른 검사의 \"{case}\" 사례를 실행하는 동안 끝났습니다",
  "a new probe process: the last one was stopped because \"{case}\" of another check did not finish": "새 프로브 프로세스입니다. 다른 검사의 \"{case}\" 사례가 끝나지 않아서 이전 프로세스를 멈췄습니다",
  "a plain number is not a dotted quad": "숫자 하나는 점으로 구분한 네 숫자가 아닙니다",
  "a port that is already in use": "이미 사용 중인 포트",
  "a reference child that does not end when its stdin ends": "stdin이 끝나도 끝나지 않는 기준 자식",
  "a reference child that exits with code 0 at once": "곧바로 코드 0으로 종료하는 기준 자식",
  "a reference child that exits with code 3 on the second request": "두 번째 요청에서 코드 3으로 종료하는 기준 자식",
  "a reference child that exits with code 5": "코드 5로 종료하는 기준 자식",
  "a reference child that is killed by SIGKILL when its stdin ends": "stdin이 끝나면 SIGKILL로 죽는 기준 자식",
  "a reference child that writes its replies in pieces": "응답을 조각조각 쓰는 기준 자식",
  "a reference client": "기준 클라이언트",
  "a reference client (IPv4, to 127.0.0.1)": "IPv4로 127.0.0.1에 연결하는 기준 클라이언트",
  "a refused connection": "거부된 연결",
  "a request of {count} bytes: more than the 65536 bytes Node reads from a pipe at a time, so it arrives in several chunks":
    "{count}바이트짜리 요청: Node가 파이프에서 한 번에 읽는 65536바이트보다 많으므로 여러 청크로 도착합니다",
  "a reset connection": "재설정된 연결",
  "a reset in the middle of the reply": "응답 도중의 재설정",
  "a server still listening (server.close() was never called)":
    "아직 리슨 중인 서버(server.close()를 부르지 않음)",
  "a server that closed after 1 of 2 echoes": "에코 2개 중 1개만 보내고 연결을 닫은 서버",
  "a server that closed without a reply": "응답 없이 연결을 닫은 서버",
  "a server that stayed silent for --timeout {ms} ms":
    "--timeout {ms} ms 동안 조용했던 서버",
  "a setImmediate that schedules itself again":
    "자기 자신을 다시 예약하는 setImmediate",
  "a silent server": "응답하지 않는 서버",
  "a test connection to ::1":
    "::1로의 시험 연결",
  "a test connection to ::ffff:127.0.0.1": "::ffff:127.0.0.1로의 시험 연결",
  "a test connection to {host}": "{host}로의 시험 연결",
  "a test server to listen on {host}": "시험용 서버가 {host}에서 리슨하기",
  "a timer (setTimeout or setInterval) that was never cleared":
    "지우지 않은 타이머(setTimeout 또는 setInterval)",
  "about {time} left": "약 {time} 남음",
  "accepted a connection from {from}": "{from}의 연결을 받아들임",
  "after \"exit 255\" (its stdin is still open)": "\"exit 255\"를 받고(stdin은 아직 열려 있음)",
  "after \"exit 4\"": "\"exit 4\"를 받고",
  "after \"exit 7\" (its stdin is still open)": "\"exit 7\"을 받고(stdin은 아직 열려 있음)",
  "after a client left without a word": "클라이언트가 아무 말 없이 떠난 뒤에",
  "after a client reset its connection": "클라이언트가 연결을 재설정한 뒤에",
  "after its child ended": "자식이 끝나고",
  "after its stdin ended": "stdin이 끝나고",
  "all the echoes": "모든 에코",
  "an empty payload is a frame with length 0 and nothing after it": "빈 페이로드는 길이가 0이고 뒤에 아무것도 없는 프레임입니다",
  "an empty stream": "빈 스트림",
  "an open TCP connection (a socket never ended or destroyed)":
    "열려 있는 TCP 연결(end나 destroy를 하지 않은 소켓)",
  "an open UDP socket (socket.close() was never called)":
    "열려 있는 UDP 소켓(socket.close()를 부르지 않음)",
  "and": "및",
  "another program (the grader) already listens on {host}:{port}": "다른 프로그램(채점기)이 이미 {host}:{port}에서 리슨하고 있음",
  "byte {n}": "{n}번째 바이트",
  "call encodeFrame(\"Hi\"), encodeFrame(\"\"), encodeFrame(\"안녕\") and encodeFrame(the 256 byte values 00–ff)":
    "encodeFrame(\"Hi\"), encodeFrame(\"\"), encodeFrame(\"안녕\"), encodeFrame(00–ff의 256가지 바이트 값)을 호출합니다",
  "call your {name} on {count} inputs": "여러분의 {name} 함수를 입력 {count}개로 호출합니다",
  "called {call}": "{call}을(를) 호출했습니다",
  "called {call}: it never returned (the process ended during this call)": "{call}을(를) 호출했습니다: 반환하지 않았습니다(이 호출 중에 프로세스가 끝났습니다)",
  "called {call}: it returned {value}": "{call}을(를) 호출했습니다: {value}을(를) 반환했습니다",
  "called {call}: it threw \"{error}\"": "{call}을(를) 호출했습니다: \"{error}\" 예외를 던졌습니다",
  "check": "검사",
  "child: answers a last request that has no \"\\n\" when its stdin ends, then exits with 0": "자식: stdin이 끝날 때 \"\\n\" 없는 마지막 요청에도 응답하고 0으로 종료합니다",
  "child: answers a request of 100000 characters as one request (more than one read of the pipe)": "자식: 100000자짜리 요청을(파이프를 한 번 읽어서는 다 못 받는) 요청 하나로 보고 응답합니다",
  "child: answers each request with one line: ping, and an unknown request too": "자식: 요청마다 한 줄로 응답합니다 (ping, 그리고 모르는 요청에도)",
  "child: answers exit 256, exit 4294967303, exit -1 and exit 7abc as unknown requests, and exit 255 with code 255":
    "자식: exit 256, exit 4294967303, exit -1, exit 7abc는 모르는 요청으로 답하고, exit 255에는 코드 255로 종료합니다",
  "child: answers exit 7 with bye 7, then exits with code 7": "자식: exit 7에 bye 7로 응답한 뒤 코드 7로 종료합니다",
  "child: counts the requests it has seen in its own memory, separate from any other process": "자식: 본 요청의 수를 다른 프로세스와 분리된 자기 메모리에 셉니다",
  "child: exits with code 0 by itself when its stdin ends (its parent has gone away)": "자식: stdin이 끝나면(부모가 사라지면) 스스로 코드 0으로 종료합니다",
  "child: finds each request when requests arrive split and bunched up in the pipe": "자식: 요청이 파이프에서 쪼개지거나 뭉쳐서 와도 요청을 하나하나 찾아냅니다",
  "child: keeps a character whole when its UTF-8 bytes arrive in two writes": "자식: 문자의 UTF-8 바이트가 두 번에 나뉘어 써져도 문자를 온전히 읽습니다",
  "child: reads requests that end with \"\\r\\n\", and skips empty lines without answering": "자식: \"\\r\\n\"으로 끝나는 요청을 읽고, 빈 줄은 응답 없이 건너뜁니다",
  "classifyPort puts each port in IANA's range: well-known, registered, ephemeral":
    "classifyPort가 각 포트를 IANA 범위로 분류합니다: well-known, registered, ephemeral",
  "client A sends a header announcing 16 MiB ({announced} bytes), over the maximum, and 2 bytes":
    "클라이언트 A가 최댓값을 넘는 16 MiB({announced}바이트)를 알리는 헤더와 2바이트를 보낸다",
  "client B resets its connection (RST)": "클라이언트 B가 연결을 재설정합니다(RST)",
  "client {name}": "클라이언트 {name}",
  "client {n}": "클라이언트 {n}",
  "close its stdin, as a parent that exits does": "종료하는 부모가 그러듯 자식의 stdin을 닫습니다",
  "closed your program's stdin: no more requests": "여러분의 프로그램의 stdin을 닫음: 요청은 더 없음",
  "code under {folder}/ is the kit's, not yours: graded work must stand on its own": "{folder}/ 아래의 코드는 여러분의 것이 아니라 키트의 것입니다. 채점받는 작업은 혼자 힘으로 서야 합니다",
  "connect": "연결합니다",
  "connect a client to your server on 127.0.0.1:{port}, and say nothing yet": "127.0.0.1:{port}의 서버에 클라이언트를 연결하고, 아직 아무 말도 하지 않습니다",
  "connect a client to your server on {host}:{port}": "{host}:{port}의 서버에 클라이언트를 연결합니다",
  "connect client A": "클라이언트 A를 연결합니다",
  "connect to {host}":
    "{host}에 연결한다",
  "connect {names} at the same time, each from its own port": "{names}을(를) 동시에, 각자 자기 포트에서 연결합니다",
  "connect {who}": "{who}을(를) 연결합니다",
  "connect {who} from 127.0.0.1 and a local port the grader picks": "{who}을(를) 127.0.0.1과 채점기가 고른 로컬 포트에서 연결합니다",
  "connect {who} to {host} from {from} and a local port the grader picks": "{who}을(를) {from}와(과) 채점기가 고른 로컬 포트에서 {host}(으)로 연결합니다",
  "connected from {from} to {host}:{port}": "{from}에서 {host}:{port}에 연결함",
  "connects": "연결",
  "connects to the address given with --host": "--host로 받은 주소에 연결합니다",
  "could not connect to {host}:{port}: {error}": "{host}:{port}에 연결하지 못함: {error}",
  "could not send 1 more byte: the connection is closed": "1바이트를 더 보내지 못함: 연결이 닫혀 있음",
  "could not send {count} more bytes: the connection is closed": "{count}바이트를 더 보내지 못함: 연결이 닫혀 있음",
  "could not start: {error}": "시작하지 못함: {error}",
  "count says how many requests this process has seen, this one included: ping 1, ping 2 and count make 3. Keep the number between requests.":
    "count는 이 프로세스가 지금 요청까지 포함해서 몇 개의 요청을 보았는지 말합니다. ping 1, ping 2, count로 3입니다. 요청과 요청 사이에도 그 수를 간직하세요.",
  "counts the 100 bytes in bytes, not characters, when a Korean character straddles byte 100":
    "한글 글자가 100번째 바이트에 걸쳐 있을 때, 100을 글자가 아니라 바이트로 셉니다",
  "done": "완료",
  "each push returns exactly the frames that chunk completed": "push마다 그 청크로 완성된 프레임을 정확히 반환합니다",
  "empty lines": "빈 줄",
  "encodeFrame accepted a payload of {over} bytes, over MAX_FRAME_BYTES ({max}). Throw an Error instead.":
    "encodeFrame이 MAX_FRAME_BYTES({max})를 넘는 {over}바이트 페이로드를 받아들였습니다. 대신 Error를 던지세요.",
  "encodeFrame accepts a payload of {size} bytes (MAX_FRAME_BYTES is {max}), with the header {header}":
    "encodeFrame이 {size}바이트 페이로드(MAX_FRAME_BYTES는 {max})를 헤더 {header}와(과) 함께 받아들인다",
  "encodeFrame payloads of MAX_FRAME_BYTES - 1, MAX_FRAME_BYTES and MAX_FRAME_BYTES + 1 bytes; push frames of {under} and {max} bytes, then a header announcing {over}, into a FrameDecoder({max}); and a header announcing MAX_FRAME_BYTES + 1 into a FrameDecoder()":
    "MAX_FRAME_BYTES - 1, MAX_FRAME_BYTES, MAX_FRAME_BYTES + 1바이트 페이로드를 encodeFrame한다; FrameDecoder({max})에 {under}바이트와 {max}바이트 프레임, 그다음 {over}을(를) 알리는 헤더를 넣는다; FrameDecoder()에 MAX_FRAME_BYTES + 1을 알리는 헤더를 넣는다",
  "encodeFrame puts the payload's length in bytes, as 4 big-endian bytes, in front of it": "encodeFrame이 페이로드 앞에 바이트 단위 길이를 4바이트 빅 엔디언으로 붙입니다",
  "encodeFrame refused {size} bytes, which is allowed: refuse only MORE than MAX_FRAME_BYTES ({max}). It said: {error}":
    "encodeFrame이 허용되는 {size}바이트를 거부했습니다. MAX_FRAME_BYTES({max})보다 큰 것만 거부하세요. 메시지: {error}",
  "encodeFrame returned {length} bytes for a {size}-byte payload: a frame is the 4-byte header and then the payload, {expected} bytes.":
    "encodeFrame이 {size}바이트 페이로드에 {length}바이트를 돌려주었습니다. 프레임은 4바이트 헤더 다음에 페이로드가 오는 {expected}바이트입니다.",
  "encodeFrame threw \"{error}\"":
    "encodeFrame이 \"{error}\"을(를) 던졌습니다",
  "encodeFrame throws an error for {over} bytes that names the size and the maximum":
    "encodeFrame이 {over}바이트에 크기와 최댓값을 밝히는 오류를 던진다",
  "encodeFrame wrote the wrong header for a {size}-byte payload.":
    "encodeFrame이 {size}바이트 페이로드에 잘못된 헤더를 썼습니다.",
  "encodeFrame({payload}) returned the wrong bytes: {why}.": "encodeFrame({payload}) 호출이 잘못된 바이트를 반환했습니다: {why}.",
  "encodeFrame({payload}) returns {bytes}": "encodeFrame({payload}) 호출이 다음을 반환합니다: {bytes}",
  "encodeFrame({payload}) threw an error: {error}.": "encodeFrame({payload}) 호출이 오류를 던졌습니다: {error}.",
  "encodeFrame: bytes first (Buffer.from(text, \"utf8\")), then a 4-byte header with writeUInt32BE(bytes.length, 0), then Buffer.concat([header, bytes]).":
    "encodeFrame: 먼저 바이트(Buffer.from(text, \"utf8\")), 그다음 writeUInt32BE(bytes.length, 0)로 4바이트 헤더, 그다음 Buffer.concat([header, bytes])입니다.",
  "every frame comes back: {count} bytes": "모든 프레임이 돌아옵니다: {count}바이트",
  "everything your server sent is exactly {text}": "서버가 보낸 것은 정확히 {text}뿐입니다",
  "exercise": "실습",
  "exercises/ already matches solutions/.":
    "exercises/는 이미 solutions/와 일치합니다.",
  "exercises/ matches solutions/.":
    "exercises/가 solutions/와 일치합니다.",
  "exercises/{path} could not be unpacked ({error}). Zip the folder again and submit the new file.":
    "exercises/{path}의 압축을 풀 수 없습니다({error}). 폴더를 다시 압축해서 새 파일을 제출하세요.",
  "exercises/{path} is a symbolic link; the grader does not follow links. Submit the file itself.":
    "exercises/{path}: 심볼릭 링크입니다. 채점기는 링크를 따라가지 않습니다. 파일 자체를 제출하세요.",
  "exercises/{path} is in the zip both as a file and as a folder; the grader kept the file. Zip the folder again from your exercises/ folder.":
    "zip 안에 exercises/{path}이(가) 파일로도, 폴더로도 들어 있습니다. 채점기는 파일을 남겼습니다. exercises/ 폴더에서 다시 압축하세요.",
  "exercises/{path} is larger than {megabytes} MB and was left out.": "exercises/{path}: {megabytes} MB보다 커서 제외되었습니다.",
  "exercises/{path} was left out: the files of the zip add up to more than {megabytes} MB.":
    "exercises/{path}은(는) 제외했습니다. zip 안 파일들의 크기를 합치면 {megabytes}MB를 넘습니다.",
  "exit code {code}": "종료 코드 {code}",
  "exited with code {code}": "종료했습니다(종료 코드 {code})",
  "expect: ": "기대: ",
  "expected one submissions folder, got {count}: {given}": "제출물 폴더 하나를 기대했지만 {count}개를 받았습니다: {given}",
  "expected:": "기대한 값:",
  "explains a port that is already in use and exits with an error code": "이미 사용 중인 포트를 설명하고 오류 코드로 종료합니다",
  "explains a refused connection and exits with an error code": "거부된 연결을 설명하고 오류 코드로 종료합니다",
  "failed": "실패",
  "find a loopback address other than 127.0.0.1": "127.0.0.1이 아닌 루프백 주소를 찾습니다",
  "find a loopback address other than 127.0.0.1 (127.0.0.2, else ::1)": "127.0.0.1이 아닌 루프백 주소를 찾습니다(127.0.0.2, 없으면 ::1)",
  "find a port where nothing listens": "아무것도 리슨하지 않는 포트를 찾습니다",
  "first difference at byte {n}": "{n}번 바이트에서 처음 달라짐",
  "formatIPv4 turns a 32-bit number back into a dotted quad, and refuses others": "formatIPv4가 32비트 수를 다시 점으로 구분한 네 숫자로 바꾸고, 그 밖의 값은 거부합니다",
  "full marks": "만점",
  "gives up on a server that never answers, after --timeout": "끝내 응답하지 않는 서버는 --timeout이 지나면 포기합니다",
  "goes on reading after 99 bytes, and stops at exactly 100": "99바이트에서는 계속 읽고, 정확히 100바이트에서 멈춥니다",
  "grader": "채점기",
  "greets a client with exactly Hello. Client. as soon as it connects": "클라이언트가 연결하자마자 정확히 Hello. Client.로 인사합니다",
  "handles a client that closes at once without a word, and keeps serving": "아무 말 없이 바로 닫는 클라이언트를 처리하고 계속 서비스합니다",
  "in progress, {passed} of {total} checks": "진행 중, 검사 {total}개 중 {passed}개",
  "it answers \"pong xxx…\" (100000 times \"x\"), then \"count 2\"": "\"pong xxx…\"(\"x\" 100000개), 그다음 \"count 2\"로 응답합니다",
  "it answers {replies}": "자식이 응답합니다: {replies}",
  "it did not hand {value} to setTimeout (Node warns with TimeoutOverflowWarning)":
    "{value}을(를) setTimeout에 넘기지 않았습니다(넘기면 Node가 TimeoutOverflowWarning으로 경고합니다)",
  "it does not print a reply to \"{request}\": the child never sent one": "\"{request}\"에 대한 응답을 출력하지 않습니다. 자식은 그런 응답을 보낸 적이 없습니다",
  "it ends by itself within {seconds} s after {after}":
    "{after} 뒤 {seconds}초 안에 스스로 끝난다",
  "it ends with a space": "공백으로 끝납니다",
  "it exits with a non-zero exit code (it failed, and says so to the shell)": "0이 아닌 종료 코드로 끝납니다 (실패했고, 셸에 그렇게 알립니다)",
  "it exits with code 0": "코드 0으로 종료합니다",
  "it exits with code 255": "코드 255로 종료합니다",
  "it exits with code 4": "코드 4로 종료합니다",
  "it exits with code 7": "코드 7로 종료합니다",
  "it exits with code {code}, like its child": "자식과 같은 종료 코드({code})로 종료합니다",
  "it has 3 parts, not 4": "부분이 4개가 아니라 3개입니다",
  "it has 5 parts, not 4": "부분이 4개가 아니라 5개입니다",
  "it has not been graded": "아직 채점하지 않았습니다",
  "it is busy and does not answer, as a loop that never ends would.":
    "프로그램이 바빠서 대답하지 않습니다. 끝나지 않는 루프가 있을 때처럼요.",
  "it is waiting for something that does not come.":
    "오지 않는 무언가를 기다리고 있습니다.",
  "it lets its child's error output through: {text}": "자식의 오류 출력을 그대로 내보냅니다: {text}",
  "it printed its message":
    "메시지 출력",
  "it printed its result":
    "결과 출력",
  "it prints a message about {what} that names {facts}, without a stack trace": "스택 트레이스 없이 {what}에 대한 메시지를 출력하고, 그 메시지에 {facts}이(가) 들어 있습니다",
  "it prints a message about {what}, without a stack trace": "스택 트레이스 없이 {what}에 대한 메시지를 출력합니다",
  "it prints {text}": "다음을 출력합니다: {text}",
  "it starts with a space (Number() would ignore it)": "공백으로 시작합니다(Number()는 그것을 무시합니다)",
  "keep a loopback port busy (the grader listens on it)": "루프백 포트 하나를 사용 중으로 만듭니다 (채점기가 그 포트에서 리슨)",
  "keeps a UTF-8 character whole when its bytes arrive in two pieces": "UTF-8 글자의 바이트가 두 조각으로 와도 글자를 온전히 유지합니다",
  "keeps serving after clients reset their connections": "클라이언트가 연결을 재설정한 뒤에도 계속 서비스합니다",
  "killed by {signal}": "{signal} 신호로 강제 종료됨",
  "lesson": "레슨",
  "lines cut between chunks": "청크 사이에서 잘린 줄",
  "listens on the address given with --host, and says so": "--host로 받은 주소에서 리슨하고, 그렇다고 알립니다",
  "local port {port} was taken meanwhile ({code}); trying another": "로컬 포트 {port}: 그사이 다른 곳에서 차지함({code}). 다른 포트로 다시 시도함",
  "max": "만점",
  "mean": "평균",
  "no result": "결과 없음",
  "normaliseAddress turns ::ffff:127.0.0.1 into 127.0.0.1 and leaves other addresses alone":
    "normaliseAddress가 ::ffff:127.0.0.1을 127.0.0.1로 바꾸고 다른 주소는 그대로 둡니다",
  "not graded: {error}": "채점하지 못함: {error}",
  "not run":
    "실행 안 함",
  "not started": "시작 안 함",
  "nothing": "아무것도 없음",
  "observed:": "관찰한 값:",
  "occupy a port":
    "포트 하나를 차지한다",
  "occupy a port, as another running server would": "실행 중인 다른 서버처럼 포트 하나를 차지합니다",
  "or": "또는",
  "parent: exits with its child's exit code (5)": "부모: 자식의 종료 코드(5)로 종료합니다",
  "parent: gives up on a child that answers but does not end when its stdin ends (--timeout), and stops it":
    "부모: 응답은 하지만 stdin이 끝나도 끝나지 않는 자식을 포기하고(--timeout) 멈춥니다",
  "parent: gives up on a child that stops answering (--timeout), survives writing to it (EPIPE), and stops it":
    "부모: 응답을 멈춘 자식을 포기하고(--timeout), 그 자식에게 쓰다 실패해도(EPIPE) 죽지 않고, 자식을 멈춥니다",
  "parent: prints each request with the child's reply, closes the child's stdin, reports its exit and ends":
    "부모: 요청마다 자식의 응답과 함께 출력하고, 자식의 stdin을 닫고, 자식의 종료를 알린 뒤 끝납니다",
  "parent: reads each whole reply when the child writes it in pieces, a byte at a time and run into the next reply":
    "부모: 자식이 응답을 한 바이트씩, 다음 응답과 이어 붙여 조각조각 써도 응답을 통째로 읽습니다",
  "parent: refuses --timeout 0, abc, 2147483648, 1e3 and +1000 with a message that names the option and the value, and accepts 2147483647":
    "부모: --timeout 0, abc, 2147483648, 1e3, +1000을 옵션과 그 값을 밝힌 메시지와 함께 거부하고, 2147483647은 받아들입니다",
  "parent: reports a child killed by a signal (SIGKILL), and exits with an error code": "부모: 시그널(SIGKILL)로 죽은 자식을 알리고 오류 코드로 종료합니다",
  "parent: reports a child that crashed before answering, and exits with an error code": "부모: 응답하기 전에 죽은 자식을 알리고 오류 코드로 종료합니다",
  "parent: reports a child that exited with code 0 without answering, and exits with an error code": "부모: 응답 없이 코드 0으로 종료한 자식을 알리고 오류 코드로 종료합니다",
  "parseIPv4 gives positive numbers for 128.0.0.0 and above (>>> 0)": "parseIPv4가 128.0.0.0 이상에서도 양수를 돌려줍니다 (>>> 0)",
  "parseIPv4 refuses malformed addresses and names the offending part": "parseIPv4가 잘못된 주소를 거부하고 문제가 된 부분을 밝힙니다",
  "parseIPv4 turns a dotted quad into its 32-bit number, first part first": "parseIPv4가 점으로 구분한 네 숫자를 32비트 수로 바꿉니다 (첫 부분이 가장 큰 자리)",
  "parseIPv4: split on \".\", check every part is 0-255 written in plain digits, then combine the four bytes, first part first.":
    "parseIPv4: \".\"로 나누고, 모든 부분이 숫자로만 쓴 0-255인지 확인한 다음, 네 바이트를 첫 부분부터 합치세요.",
  "parsePort accepts 0 to 65535 and refuses anything else, naming it": "parsePort가 0부터 65535까지를 받아들이고, 그 밖의 값은 그 값을 밝히며 거부합니다",
  "passed": "통과",
  "points": "점수",
  "prints a message with spaces and CRLF exactly as it came": "공백과 CRLF가 든 메시지를 온 그대로 출력합니다",
  "prints a reply with spaces and CRLF exactly as it came": "공백과 CRLF가 든 응답을 온 그대로 출력합니다",
  "prints and closes when the client sends its message and FIN, and waits": "클라이언트가 메시지와 FIN을 보내고 기다리면, 출력하고 연결을 닫습니다",
  "prints the first 100 bytes and closes when a client sends more, as the note's recv(100)": "클라이언트가 더 많이 보내면, 노트의 recv(100)처럼 처음 100바이트를 출력하고 닫습니다",
  "prints the message with the client's address: 127.0.0.1:PORT says: MESSAGE": "메시지를 클라이언트의 주소와 함께 출력합니다: 127.0.0.1:PORT says: MESSAGE",
  "prints the server's reply as text, and ends at once": "서버의 응답을 텍스트로 출력하고 곧바로 끝납니다",
  "prints the whole message when it arrives one byte at a time": "메시지가 한 바이트씩 도착해도 메시지 전체를 출력합니다",
  "prints the whole reply when it arrives one byte at a time": "응답이 한 바이트씩 도착해도 응답 전체를 출력합니다",
  "proven: your parent sent \"ping 2\" and \"count\" only after reading the start of their replies (\"po\", \"co\"), so the rest of each reply reached it in later reads":
    "증명됨: 부모 프로세스는 응답의 앞부분(\"po\", \"co\")을 읽은 뒤에야 \"ping 2\"와 \"count\"를 보냈으므로, 각 응답의 나머지는 그 뒤의 읽기로 도착했습니다",
  "push a header announcing {first} bytes (80 00 00 00), and one announcing {last} (ff ff ff ff), each into a new FrameDecoder()":
    "{first}바이트를 알리는 헤더(80 00 00 00)와 {last}바이트를 알리는 헤더(ff ff ff ff)를 각각 새 FrameDecoder()에 넣는다",
  "push accepted a header announcing {announced} bytes and would wait for them: a peer could make your program hold any amount of memory. Throw as soon as you read a length over the maximum.":
    "push가 {announced}바이트를 알리는 헤더를 받아들이고 그 바이트를 기다리려 합니다. 그러면 상대가 여러분의 프로그램에 메모리를 얼마든지 쥐게 할 수 있습니다. 최댓값을 넘는 길이를 읽는 즉시 예외를 던지세요.",
  "push did not return the {size}-byte frame.":
    "push가 {size}바이트 프레임을 돌려주지 않았습니다.",
  "push never returned on a header past 2^31: read as a signed number (readInt32BE), 80 00 00 00 is negative, and the loop never ends. A length is unsigned: read it with readUInt32BE.":
    "2^31을 넘는 헤더에서 push가 끝내 돌아오지 않았습니다. 부호 있는 수(readInt32BE)로 읽으면 80 00 00 00은 음수이고, 루프가 끝나지 않습니다. 길이는 부호 없는 수입니다. readUInt32BE로 읽으세요.",
  "push one chunk holding the frames \"one\", \"\" (empty), \"two\", \"three\" and half a header; then the rest of the frame \"four\"; then an empty frame alone (00 00 00 00)":
    "프레임 \"one\", \"\"(빈 프레임), \"two\", \"three\"와 헤더 절반이 든 청크 하나를 push하고, 그다음 프레임 \"four\"의 나머지를, 그다음 빈 프레임 하나만(00 00 00 00) push합니다",
  "push returned {count} payload(s) for a header announcing {announced} bytes that were never sent: is the length read as a signed number? Use readUInt32BE, and throw when it is over the maximum.":
    "보내지도 않은 {announced}바이트를 알리는 헤더에 push가 페이로드 {count}개를 돌려주었습니다. 길이를 부호 있는 수로 읽나요? readUInt32BE를 쓰고, 최댓값을 넘으면 예외를 던지세요.",
  "push the frame {frame} cutting 안 and 녕 in the middle of their bytes, then a 256-byte frame holding every byte value 00–ff, in 5 chunks":
    "프레임 {frame}의 안과 녕을 바이트 중간에서 자르고, 이어서 00–ff의 모든 바이트 값을 담은 256바이트 프레임을, 모두 청크 5개로 push합니다",
  "push the frames {frame} and \"Hi\" one byte per push ({count} pushes, headers split too)":
    "프레임 {frame}, \"Hi\"를 push 한 번에 한 바이트씩 넣습니다 (push {count}번, 헤더도 쪼개짐)",
  "push threw \"{error}\"":
    "push가 \"{error}\"을(를) 던졌습니다",
  "push threw \"{error}\" on a frame of {size} bytes, which is allowed: refuse only MORE than the maximum ({max}).":
    "push가 허용되는 {size}바이트 프레임에서 \"{error}\"을(를) 던졌습니다. 최댓값({max})보다 큰 것만 거부하세요.",
  "push threw an error on {chunk}: \"{error}\". Those bytes are valid frames: does your decoder lose or change bytes before it reads a header?":
    "{chunk}에서 push가 오류를 던졌습니다: \"{error}\". 그 바이트는 올바른 프레임입니다. 디코더가 헤더를 읽기 전에 바이트를 잃어버리거나 바꾸고 있지 않나요?",
  "push {n} of {total} ({what})": "push {total}번 중 {n}번째({what})",
  "read again": "다시 읽기 시작합니다",
  "read your server's line": "서버가 보낸 줄을 읽습니다",
  "read your server's line and its FIN, then reset the connection (RST) instead of closing it": "서버의 줄과 FIN을 읽은 뒤, 연결을 닫는 대신 재설정(RST)합니다",
  "readLines did not end when the stream ended ({what}): a for await loop over it would wait forever. Return (or let the loop finish) once the stream's own loop ends.":
    "스트림이 끝났는데도 readLines가 끝나지 않았습니다({what}). 그 위의 for await 반복문은 영원히 기다리게 됩니다. 스트림의 반복문이 끝나면 반환하세요(반복문이 끝나게 두세요).",
  "readLines gave the wrong lines for {what}. Keep the unfinished end of each chunk for the next one, let the stream decode UTF-8 (setEncoding), and yield what is left when the stream ends.":
    "readLines가 {what}에서 잘못된 줄을 내놓았습니다. 청크마다 끝나지 않은 끝부분은 다음 청크를 위해 남기고, UTF-8 디코딩은 스트림에 맡기고(setEncoding), 스트림이 끝나면 남은 것을 내보내세요.",
  "readLines threw {error} on {what}.": "readLines가 {what}에서 {error} 예외를 던졌습니다.",
  "readLines yields each whole line of a stream, whatever its chunks, and ends when the stream ends":
    "readLines는 청크가 어떻게 나뉘든 스트림의 줄을 하나씩 통째로 내보내고, 스트림이 끝나면 끝납니다",
  "readLines: call stream.setEncoding(\"utf8\") first, keep the rest of each chunk in front of the next one, yield every line (empty ones too), and after the loop yield what is left if it is not \"\".":
    "readLines: 먼저 stream.setEncoding(\"utf8\")을 호출하고, 청크마다 남은 부분을 다음 청크 앞에 붙이고, 모든 줄을(빈 줄도) 내보내고, 반복문이 끝나면 남은 것이 \"\"가 아닐 때 그것도 내보내세요.",
  "readOptions must refuse a --timeout that is not written in plain digits as a whole number from 1 to 2147483647 (so not abc, 1e3 or +1000), with an Error that names the option (--timeout) and the text it was given; 0 is refused too. setTimeout cannot wait longer than 2147483647 ms: given more, it fires after 1 ms.":
    "readOptions는 숫자만으로 쓴 1부터 2147483647까지의 정수가 아닌 --timeout(abc, 1e3, +1000 등)을 옵션 이름(--timeout)과 받은 텍스트를 담은 Error로 거부해야 합니다. 0도 거부합니다. setTimeout은 2147483647밀리초보다 오래 기다릴 수 없어서, 더 큰 값을 받으면 1밀리초 뒤에 실행됩니다.",
  "readOptions refuses a --port outside 1 to 65535 and a --timeout below 1 (0 would switch the timeout off) with a sentence that names the option; main() prints it and sets the exit code. If you changed readOptions, keep those checks.":
    "readOptions는 1부터 65535 밖의 --port와 1보다 작은 --timeout(0이면 타임아웃이 꺼집니다)을 옵션 이름을 밝히는 문장으로 거부합니다. main()이 그것을 출력하고 종료 코드를 정합니다. readOptions를 고쳤다면 이 검사들은 남겨 두세요.",
  "readOptions refuses a --port that is not a whole number from 0 to 65535 with a sentence that names the option; main() prints it and sets the exit code. If you changed readOptions, keep that check.":
    "readOptions는 0부터 65535까지의 정수가 아닌 --port를 옵션 이름을 밝히는 문장으로 거부합니다. main()이 그것을 출력하고 종료 코드를 정합니다. readOptions를 고쳤다면 그 검사는 남겨 두세요.",
  "reading a file outside its folder": "자기 폴더 밖의 파일 읽기",
  "reading {resource}": "{resource} 읽기",
  "reads again": "다시 읽기 시작함",
  "reference": "기준 구현",
  "reference peer": "기준 상대",
  "reference server": "기준 서버",
  "refuses --port 0, --port 70000 and --timeout 0 with a message that names the option":
    "--port 0, --port 70000, --timeout 0을 옵션 이름을 밝히는 메시지로 거부합니다",
  "refuses --port 70000, --port=-1 and --port abc with a message that names the option":
    "--port 70000, --port=-1, --port abc를 옵션 이름을 밝히는 메시지로 거부합니다",
  "refuses a frame over MAX_FRAME_BYTES on both sides, as soon as its header arrives": "MAX_FRAME_BYTES를 넘는 프레임을 양쪽 모두에서, 헤더가 도착하자마자 거부합니다",
  "reports a connection reset by the server": "서버가 재설정한 연결을 알립니다",
  "reports a reset in the middle of the reply, and does not take the start for the whole": "응답 도중의 재설정을 알리고, 앞부분을 응답 전체로 여기지 않습니다",
  "reports a server that closes the connection without a reply": "응답 없이 연결을 닫는 서버를 알립니다",
  "reset the connection (ECONNRESET)": "연결을 재설정함 (ECONNRESET)",
  "reset the connection (RST)": "연결을 재설정함 (RST)",
  "reset the connection (RST) without sending anything": "아무것도 보내지 않고 연결을 재설정합니다 (RST)",
  "run each with one bad option: {runs}":
    "잘못된 옵션 하나씩을 주어 각각 실행한다: {runs}",
  "run your client with {args}": "클라이언트를 실행합니다: {args}",
  "run your parent.ts with --timeout {value}": "parent.ts를 --timeout {value}(으)로 실행합니다",
  "run your parent.ts with {args} and a reference child that answers once, then stops reading and answering":
    "parent.ts를 {args}, 그리고 한 번 응답한 뒤 읽기와 응답을 멈추는 기준 자식과 함께 실행합니다",
  "run your parent.ts with {args} and {child}": "parent.ts를 {args}, 그리고 {child}과(와) 함께 실행합니다",
  "run your parent.ts without --timeout (5000 ms) and {child}": "parent.ts를 --timeout 없이(5000밀리초), 그리고 {child}과(와) 함께 실행합니다",
  "say which folder holds the submissions": "제출물이 들어 있는 폴더를 알려 주세요",
  "see whether this machine has IPv6 (a server on ::ffff:127.0.0.1)": "이 기계에 IPv6가 있는지 확인합니다 (::ffff:127.0.0.1의 서버)",
  "send \"Hel\", the start of a message, then reset the connection (RST)": "메시지의 시작인 \"Hel\"을 보낸 다음 연결을 재설정합니다 (RST)",
  "send 101 bytes (in two writes: 60, then 41) and no FIN": "101바이트를 보내고(쓰기 두 번: 60, 그다음 41) FIN은 보내지 않습니다",
  "send 60 KiB frames as fast as your server takes them, up to {limit} MiB": "서버가 받는 만큼 최대한 빨리 60 KiB 프레임을 최대 {limit} MiB까지 보냅니다",
  "send 99 ASCII bytes and then Korean text (114 bytes, 104 characters) in one write, and no FIN":
    "ASCII 99바이트에 이어 한글 텍스트를(114바이트, 104글자) 쓰기 한 번으로 보내고, FIN은 보내지 않습니다",
  "send 99 bytes, then the 100th once your server has read them, and no FIN": "99바이트를 보내고, 서버가 그것을 읽은 뒤 100번째 바이트를 보내며, FIN은 보내지 않습니다",
  "send FIN at once, without a word (the client keeps reading)": "아무 말 없이 바로 FIN을 보냅니다 (클라이언트는 계속 읽음)",
  "send the frame {frame} and the first byte of a second frame, in one write": "프레임 {frame}, 그리고 두 번째 프레임의 첫 바이트를 한 번의 쓰기로 보냅니다",
  "send the other {count} bytes of the frame {frame} one byte per write (Nagle off: every character cut), then FIN":
    "프레임 {frame}의 나머지 {count}바이트를 쓰기 한 번에 한 바이트씩(Nagle 끔: 모든 글자가 잘림) 보내고, 그다음 FIN",
  "send the rest of the 5th frame, the start of a 6th that never completes, then FIN": "다섯 번째 프레임의 나머지, 끝내 완성되지 않는 여섯 번째 프레임의 앞부분, 그다음 FIN을 보냅니다",
  "send {count} frames and half of a 5th in ONE write": "프레임 {count}개와 다섯 번째 프레임의 절반을 단 한 번의 쓰기로 보냅니다",
  "send {text} and FIN at once, then wait for your server": "{text}, 그리고 FIN을 한꺼번에 보내고 서버를 기다립니다",
  "send {text} in two writes that cut its first character in two, then FIN": "첫 글자를 둘로 자르는 쓰기 두 번으로 보냅니다: {text}, 그다음 FIN",
  "send {text} one byte per write, then FIN": "쓰기 한 번에 한 바이트씩 보냅니다: {text}, 그다음 FIN",
  "send {text}, then FIN": "보냅니다: {text}, 그다음 FIN",
  "sends nothing but FIN for --message \"\", and still prints the reply": "--message \"\"이면 FIN만 보내고, 그래도 응답을 출력합니다",
  "sends the note's greeting, Hello. Server., and nothing else": "노트의 인사말 Hello. Server.만 보내고 다른 것은 보내지 않습니다",
  "sends the text of --message byte for byte: Korean, spaces and CRLF included": "--message의 텍스트를 한 바이트도 다르지 않게 보냅니다: 한글, 공백, CRLF까지",
  "sent FIN, still listening": "FIN을 보냄, 응답은 계속 읽는 중",
  "sent FIN: it will send nothing more": "FIN을 보냄: 더 이상 아무것도 보내지 않음",
  "sent {count} pieces, but {unread} of them went out while the program had not read the one before: those may have reached it together":
    "조각 {count}개를 보냈지만, 그중 {unread}개는 프로그램이 앞 조각을 읽기 전에 나갔습니다. 그 조각들은 함께 도착했을 수 있습니다",
  "sent {count} pieces, each after a pause (this system does not show whether the program had read the one before)":
    "조각 {count}개를 하나씩 잠시 쉬었다가 보냈습니다 (이 시스템에서는 프로그램이 앞 조각을 읽었는지 볼 수 없음)",
  "sent {count} pieces, each only once the program had read the one before: every piece reached it as a read of its own":
    "조각 {count}개를, 프로그램이 앞 조각을 다 읽은 뒤에만 하나씩 보냈습니다. 조각마다 따로 읽혔습니다",
  "sent {megabytes} MiB in {size}-byte writes without ever being held back": "{size}바이트씩 써서 {megabytes} MiB를 보냄, 한 번도 막히지 않음",
  "sent {megabytes} MiB in {size}-byte writes, then was held back: nothing was read for {ms} ms":
    "{size}바이트씩 써서 {megabytes} MiB를 보낸 뒤 막힘: {ms} ms 동안 아무것도 읽히지 않음",
  "sent {megabytes} MiB in {size}-byte writes, then was held back: the program sleeps with {unread} bytes unread":
    "{size}바이트씩 써서 {megabytes} MiB를 보낸 뒤 막힘: 프로그램이 읽지 않은 {unread}바이트를 둔 채 잠들어 있음",
  "serve() is one for await loop over readLines(input): answer each line, write the reply with \"\\n\". The loop ends when stdin ends; return 0 then.":
    "serve()는 readLines(input)을 도는 for await 반복문 하나입니다. 줄마다 응답하고, 응답은 \"\\n\"과 함께 쓰세요. stdin이 끝나면 반복문이 끝나니, 그때 0을 반환하세요.",
  "serves three clients, one after another": "클라이언트 세 개를 차례로 서비스합니다",
  "skipped: Windows has no signals, so no child there is killed by one": "건너뜀: Windows에는 시그널이 없으므로 시그널로 죽는 자식도 없습니다",
  "skipped: this machine cannot listen on ::ffff:127.0.0.1 (no IPv6), so no server here sees an IPv4-mapped address":
    "건너뜀: 이 기계는 ::ffff:127.0.0.1에서 리슨할 수 없으므로(IPv6 없음) 여기서는 어떤 서버도 IPv4 매핑 주소를 보지 않음",
  "skipped: this machine has no loopback address but 127.0.0.1 (neither 127.0.0.2 nor ::1)": "건너뜀: 이 컴퓨터에는 127.0.0.1 말고는 루프백 주소가 없습니다(127.0.0.2도 ::1도 없음)",
  "socket.write() returns false when the client is not reading fast enough. Then call socket.pause() so you stop reading from it, and socket.resume() on \"drain\".":
    "클라이언트가 충분히 빨리 읽지 않으면 socket.write()가 false를 반환합니다. 그러면 socket.pause()를 호출해서 그 클라이언트에게서 읽기를 멈추고, \"drain\"에서 socket.resume()을 호출하세요.",
  "something keeps it alive: {what}.":
    "무언가가 프로그램을 붙잡고 있습니다: {what}.",
  "something outside what a graded program may do": "채점받는 프로그램에 허용되지 않은 일",
  "splitLines cuts text at each \"\\n\", drops a \"\\r\" before it, and keeps the unfinished end":
    "splitLines는 텍스트를 \"\\n\"마다 자르고, 그 앞의 \"\\r\"을 떼고, 끝나지 않은 끝부분을 남깁니다",
  "splitLines removes a \"\\r\" at the end of each line (\"count\\r\" is \"count\"). In serve, skip an empty line before calling answer: it gets no reply and is not counted.":
    "splitLines는 줄 끝의 \"\\r\"을 떼어 냅니다(\"count\\r\"은 \"count\"입니다). serve에서는 answer를 호출하기 전에 빈 줄을 건너뛰세요. 빈 줄은 응답을 받지 않고 세지도 않습니다.",
  "splitLines({input}) gives lines {lines} and rest {rest}": "splitLines({input})는 lines {lines}와(과) rest {rest}을(를) 돌려줍니다",
  "splitLines({input}) returned the wrong lines or rest. Only a \"\\n\" ends a line; remove one \"\\r\" just before it, keep every other character, and return what follows the last \"\\n\" as rest.":
    "splitLines({input})가 잘못된 lines나 rest를 돌려주었습니다. 줄을 끝내는 것은 \"\\n\"뿐입니다. 바로 앞의 \"\\r\" 하나만 떼고, 다른 문자는 모두 그대로 두고, 마지막 \"\\n\" 뒤에 오는 것을 rest로 돌려주세요.",
  "splitLines({input}) threw {error}. It should return { lines, rest } for any text.":
    "splitLines({input})가 {error} 예외를 던졌습니다. 어떤 텍스트에도 { lines, rest }을(를) 돌려주어야 합니다.",
  "splitLines: split at \"\\n\" only, take the last piece off as rest (it is \"\" when the text ended with \"\\n\"), and remove one \"\\r\" at the end of each line, nothing else: spaces belong to the request.":
    "splitLines: \"\\n\"에서만 자르고, 마지막 조각은 rest로 떼어 내고(텍스트가 \"\\n\"으로 끝났으면 \"\"입니다), 줄마다 끝의 \"\\r\" 하나만 떼어 내세요. 그 밖에는 아무것도 지우지 마세요. 공백도 요청의 일부입니다.",
  "start a reference echo server on {host} that cuts every echo in 3 pieces: 2 bytes, 3 bytes, the rest":
    "모든 에코를 3조각(2바이트, 3바이트, 나머지)으로 자르는 기준 에코 서버를 {host}에서 시작한다",
  "start a reference echo server that echoes one frame, then closes": "프레임 하나만 에코하고 연결을 닫는 기준 에코 서버를 시작합니다",
  "start a reference echo server that sends a frame nobody asked for in the same write as the last echo":
    "마지막 에코와 같은 쓰기에 아무도 요청하지 않은 프레임을 넣어 보내는 기준 에코 서버를 시작한다",
  "start a reference server on {host} that answers in one write": "{host}에서 한 번의 쓰기로 응답하는 기준 서버를 시작합니다",
  "start a reference server that accepts and never answers": "연결을 받아들이고 끝내 응답하지 않는 기준 서버를 시작합니다",
  "start a reference server that answers in one write": "한 번의 쓰기로 응답하는 기준 서버를 시작합니다",
  "start a reference server that answers one byte per write": "쓰기 한 번에 한 바이트씩 응답하는 기준 서버를 시작합니다",
  "start a reference server that answers with a header announcing {announced} bytes, and nothing after it":
    "{announced}바이트를 알리는 헤더로만 답하고 그 뒤로 아무것도 보내지 않는 기준 서버를 시작한다",
  "start a reference server that cuts the first character of its reply in two": "응답의 첫 글자를 둘로 자르는 기준 서버를 시작합니다",
  "start a reference server that reads the frame {frame}, then resets the connection":
    "프레임 {frame}을(를) 읽은 뒤 연결을 재설정하는 기준 서버를 시작한다",
  "start a reference server that reads your message, then closes without a word": "메시지를 읽은 다음 아무 말 없이 연결을 닫는 기준 서버를 시작합니다",
  "start a reference server that reads your message, then resets": "메시지를 읽은 다음 연결을 재설정하는 기준 서버를 시작합니다",
  "start a reference server that sends \"Hello. \", reads your message, waits until you have read those 7 bytes, then resets":
    "\"Hello. \"를 보내고, 메시지를 읽고, 여러분이 그 7바이트를 읽을 때까지 기다린 다음 연결을 재설정하는 기준 서버를 시작합니다",
  "start a reference server that sends 101 bytes (60, then 41) and keeps the connection open":
    "101바이트를(60, 그다음 41) 보내고 연결을 열어 두는 기준 서버를 시작합니다",
  "start a reference server that sends 99 ASCII bytes and then Korean text (114 bytes, 104 characters), and keeps the connection open":
    "ASCII 99바이트에 이어 한글 텍스트를(114바이트, 104글자) 보내고 연결을 열어 두는 기준 서버를 시작합니다",
  "start a reference server that sends 99 bytes, then the 100th, and keeps the connection open":
    "99바이트를, 그다음 100번째 바이트를 보내고 연결을 열어 두는 기준 서버를 시작합니다",
  "start a second copy of your child.ts": "child.ts를 하나 더 시작합니다",
  "start your child.ts": "child.ts를 시작합니다",
  "start your echo server with --port {port}":
    "에코 서버를 --port {port}(으)로 시작한다",
  "start your echo server with {args} (any free port)":
    "에코 서버를 {args}(아무 빈 포트)로 시작한다",
  "start your server with --port {port}": "서버를 --port {port} 옵션으로 시작합니다",
  "start your server with {args}": "서버를 시작합니다: {args}",
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
  "the announced size":
    "알린 크기",
  "the bad value":
    "잘못된 값",
  "the client's message": "클라이언트의 메시지",
  "the connection failed: {error}": "연결이 실패함: {error}",
  "the conversation to end": "대화가 끝나는 것",
  "the conversation, drawn": "주고받은 내용을 그린 그림",
  "the echo client and server refuse a bad --port or --timeout with a message that names it":
    "에코 클라이언트와 서버가 잘못된 --port나 --timeout을 그 값을 밝히는 메시지와 함께 거부한다",
  "the echo client explains a refused connection, naming the port, and exits with an error code":
    "에코 클라이언트가 거부된 연결을 포트를 밝혀 설명하고, 오류 코드로 종료한다",
  "the echo client gives up on a server that never answers, after its --timeout":
    "에코 클라이언트가 대답하지 않는 서버를 --timeout이 지나면 포기한다",
  "the echo client prints each echo whole, however the server cuts it, then ends (--host, --timeout)":
    "에코 클라이언트가 서버가 어떻게 자르든 에코를 온전히 출력하고, 그다음 끝난다(--host, --timeout)",
  "the echo client prints one echo per message, even when the server sends a frame more":
    "에코 클라이언트가 서버가 프레임을 하나 더 보내도 메시지마다 에코를 하나씩만 출력한다",
  "the echo client refuses an echo whose header announces more than MAX_FRAME_BYTES, at once":
    "에코 클라이언트가 헤더에 MAX_FRAME_BYTES보다 큰 길이를 알리는 에코를 곧바로 거부한다",
  "the echo client reports a connection the server resets, and exits with an error code":
    "에코 클라이언트가 서버가 재설정한 연결을 알리고, 오류 코드로 종료한다",
  "the echo client says so, and exits with an error code, when the server closes before every echo came":
    "모든 에코가 오기 전에 서버가 연결을 닫으면, 에코 클라이언트가 그렇다고 말하고 오류 코드로 종료합니다",
  "the echo of the first frame": "첫 번째 프레임의 에코",
  "the echo server closes a client that announces an oversized frame, survives a reset, and keeps serving":
    "에코 서버가 너무 큰 프레임을 알리는 클라이언트를 닫고, 재설정(reset)에도 살아남아, 계속 서비스합니다",
  "the echo server echoes a frame whose bytes arrive one write at a time (and listens on --host)":
    "에코 서버가 바이트가 쓰기 한 번에 하나씩 도착하는 프레임을 에코한다(그리고 --host에서 리슨한다)",
  "the echo server echoes every frame when several arrive in one write": "에코 서버가 한 번의 쓰기에 여러 프레임이 와도 모든 프레임을 에코합니다",
  "the echo server explains a port that is already in use, naming it, and exits with an error code":
    "에코 서버가 이미 사용 중인 포트를 그 포트를 밝혀 설명하고, 오류 코드로 종료한다",
  "the echo server stops reading from a client that does not read its echoes (backpressure)": "에코 서버가 에코를 읽지 않는 클라이언트에게서 읽기를 멈춥니다 (배압, backpressure)",
  "the echo to {who}": "{who}에게 가는 에코",
  "the end of the reference child's stdin": "기준 자식의 stdin의 끝",
  "the exit code": "종료 코드",
  "the first chunk (frames \"one\", \"\", \"two\", \"three\" and half a header)": "첫 번째 청크(프레임 \"one\", \"\", \"two\", \"three\"와 헤더 절반)",
  "the first chunk (the header and the first byte of 안)": "첫 번째 청크(헤더와 안의 첫 바이트)",
  "the first client": "첫 번째 클라이언트",
  "the first part, \"01\", has a leading zero": "첫 부분 \"01\"에 앞자리 0이 있습니다",
  "the first part, \"0x7f\", is not a decimal number": "첫 부분 \"0x7f\"는 10진수가 아닙니다",
  "the first part, \"12abc\", is not a number": "첫 부분 \"12abc\"는 숫자가 아닙니다",
  "the first part, \"1e2\", is not written in plain digits (Number() reads it as 100)": "첫 번째 부분 \"1e2\"는 숫자만으로 쓰여 있지 않습니다(Number()는 100으로 읽습니다)",
  "the fourth chunk (more of the binary frame)": "네 번째 청크(바이너리 프레임의 이어지는 부분)",
  "the grader could not make the first write arrive alone: {count} bytes still wait unread in your server's receive queue":
    "채점기가 첫 번째 쓰기를 따로 도착하게 만들지 못했습니다. 서버의 받기 큐에 아직 읽지 않은 {count}바이트가 남아 있습니다",
  "the grader runs \"{case}\" in its probe process (pid {pid}), which the library checks share": "채점기가 라이브러리 검사들이 함께 쓰는 프로브 프로세스(pid {pid})에서 \"{case}\" 사례를 실행합니다",
  "the grader's probe of your code, shared by the library checks": "라이브러리 검사들이 함께 쓰는, 여러분의 코드를 부르는 채점기의 프로브",
  "the header of the next frame": "다음 프레임의 헤더",
  "the kernel shows your server's receive queue empty: it has read all {count} bytes, so the rest of the 5th frame arrives in a later read":
    "커널이 보여 주는 서버의 받기 큐가 비었습니다. 서버가 {count}바이트를 모두 읽었으니, 다섯 번째 프레임의 나머지는 나중의 읽기로 도착합니다",
  "the last byte of the first frame": "첫 번째 프레임의 마지막 바이트",
  "the last byte of the second frame": "두 번째 프레임의 마지막 바이트",
  "the last chunk (the end of the binary frame)": "마지막 청크(바이너리 프레임의 끝)",
  "the last part, \"-4\", is not a number from 0 to 255": "마지막 부분 \"-4\"는 0부터 255까지의 수가 아닙니다",
  "the last part, \"４\", is a full-width digit, not one of 0-9": "마지막 부분 \"４\"는 0-9가 아니라 전각 숫자입니다",
  "the next client": "다음 클라이언트",
  "the option": "옵션 이름",
  "the port": "포트 번호",
  "the probe process ended by itself after \"{case}\" of another check; a new one runs this case": "프로브 프로세스가 다른 검사의 \"{case}\" 사례 뒤에 스스로 끝났습니다. 이 사례는 새 프로세스에서 실행합니다",
  "the reference child": "기준 자식",
  "the reference child answers each request in one write and exits with 0 when its stdin ends": "기준 자식은 요청마다 한 번의 쓰기로 응답하고, stdin이 끝나면 0으로 종료함",
  "the reference child answers each request, but does not end when its stdin ends": "기준 자식은 요청마다 응답하지만 stdin이 끝나도 끝나지 않습니다",
  "the reference child answers each request, then exits with code 5 when its stdin ends": "기준 자식은 요청마다 응답하고, stdin이 끝나면 코드 5로 종료함",
  "the reference child answers each request, then is killed by SIGKILL when its stdin ends": "기준 자식은 요청마다 응답하고, stdin이 끝나면 SIGKILL로 죽습니다",
  "the reference child answers the first request, closes its stdin (so writing to it fails with EPIPE), and never answers or ends again":
    "기준 자식은 첫 요청에 응답하고 자기 stdin을 닫은 뒤(그래서 자식에게 쓰면 EPIPE로 실패합니다) 다시는 응답하지도 끝나지도 않습니다",
  "the reference child answers the first request, then exits with code 3 on the second without answering":
    "기준 자식은 첫 요청에 응답한 뒤, 두 번째 요청에는 응답하지 않고 코드 3으로 종료함",
  "the reference child closed its stdin: it reads nothing more": "기준 자식이 자기 stdin을 닫음: 더는 아무것도 읽지 않음",
  "the reference child did not get to answer within --timeout {timeout}; trying again with more time":
    "기준 자식이 --timeout {timeout} 안에 응답하지 못했습니다. 시간을 늘려 다시 해 봅니다",
  "the reference child exits with code 0 at once, before reading anything": "기준 자식은 아무것도 읽기 전에 곧바로 코드 0으로 종료합니다",
  "the reference child exits with code {code}": "기준 자식이 코드 {code}(으)로 종료함",
  "the reference child is killed by {signal}": "기준 자식이 {signal}(으)로 죽음",
  "the reference child read the end of its stdin": "기준 자식이 자기 stdin의 끝을 읽음",
  "the reference child started (pid {pid})": "기준 자식이 시작됨(pid {pid})",
  "the reference child to end": "기준 자식이 끝나기",
  "the reference child to start": "기준 자식이 시작되기",
  "the reference child to stop reading": "기준 자식이 읽기를 멈추기",
  "the reference child writes each reply one byte at a time, and sends the \"\\n\" that ends a reply in one write with the first bytes of the next reply":
    "기준 자식은 응답을 한 바이트씩 쓰고, 응답을 끝내는 \"\\n\"은 다음 응답의 첫 바이트들과 함께 한 번에 씁니다",
  "the reference child's report": "기준 자식의 보고",
  "the reference client": "기준 클라이언트",
  "the reference server drops the client: a header announces {length} bytes, over the {max}-byte limit":
    "기준 서버가 클라이언트를 끊음: 헤더가 {max}바이트 제한을 넘는 {length}바이트를 알림",
  "the reference server listens on {host}:{port}": "기준 서버가 {host}:{port}에서 리슨함",
  "the reference server stopped: {error}": "기준 서버가 멈춤: {error}",
  "the reference server to listen": "기준 서버가 리슨을 시작하는 것",
  "the replies really were split: each next request came after the start of its reply had been read": "응답은 정말로 나뉘어 도착했습니다. 다음 요청은 매번 그 응답의 앞부분을 읽은 뒤에 왔습니다",
  "the second chunk (the rest of the frame \"four\")": "두 번째 청크(프레임 \"four\"의 나머지)",
  "the second chunk (the rest of 안 and the first byte of 녕)": "두 번째 청크(안의 나머지와 녕의 첫 바이트)",
  "the second client": "두 번째 클라이언트",
  "the second part is empty": "두 번째 부분이 비어 있습니다",
  "the server closes the connection after its one line": "서버가 한 줄을 보낸 뒤 연결을 닫습니다",
  "the server explains a port that is already in use and exits with an error code": "서버가 이미 사용 중인 포트를 설명하고 오류 코드로 종료합니다",
  "the server listens on the address given with --host (127.0.0.2, or ::1), and only answers there": "서버는 --host로 준 주소(127.0.0.2, 또는 ::1)에서 리슨하고 그곳에서 응답합니다",
  "the server received exactly 2 frames, one per message": "서버가 메시지마다 하나씩, 정확히 프레임 2개를 받았습니다",
  "the server received exactly {text}, then FIN": "서버가 정확히 {text}을(를) 받고, 그다음 FIN을 받음",
  "the server received the default message, {frame}, before it reset":
    "서버가 재설정하기 전에 기본 메시지 {frame}을(를) 받았다",
  "the server refuses --port 65536 and --port abc with a message that names the value": "서버는 --port 65536과 --port abc를 그 값을 밝힌 메시지와 함께 거부합니다",
  "the server serves client after client, and several at once, each told its own port": "서버가 클라이언트를 차례로, 또 여럿을 동시에 서비스하고, 각자에게 자기 포트 번호를 알려 줍니다",
  "the server shows a client it sees as ::ffff:127.0.0.1 as 127.0.0.1": "서버가 ::ffff:127.0.0.1로 보이는 클라이언트를 127.0.0.1로 보여 줍니다",
  "the server survives a client that resets its connection, and serves the next one": "서버는 연결을 재설정하는 클라이언트가 있어도 죽지 않고 다음 클라이언트에게 응답합니다",
  "the server tells a client its own IP and port: you are 127.0.0.1:PORT": "서버가 클라이언트에게 그 클라이언트의 IP와 포트 번호를 알려 줍니다: you are 127.0.0.1:PORT",
  "the server's first byte": "서버의 첫 바이트",
  "the signal": "시그널",
  "the text is empty": "텍스트가 비어 있습니다",
  "the third chunk (00 00 00 00: an empty frame, alone)": "세 번째 청크(00 00 00 00: 빈 프레임 하나만)",
  "the third chunk (the rest of the text, and the start of the binary frame)": "세 번째 청크(텍스트의 나머지와 바이너리 프레임의 시작)",
  "the timeout (--timeout)": "시간 제한(--timeout)",
  "the value given": "받은 값",
  "the whole check": "검사 전체가 끝나는 것",
  "the {length}-byte payload of the frame": "프레임의 {length}바이트 페이로드",
  "then": "그다음",
  "this exercise is about doing {module}'s job yourself over a raw socket": "이 실습은 {module} 모듈이 하는 일을 날것의 소켓 위에서 직접 해 보는 것입니다",
  "this machine has no IPv6 loopback (::1), so --host is given 127.0.0.1":
    "이 컴퓨터에는 IPv6 루프백(::1)이 없어서 --host로 127.0.0.1을 줍니다",
  "this machine has no other loopback address: the check uses 127.0.0.1": "이 컴퓨터에는 다른 루프백 주소가 없어서 검사가 127.0.0.1을 씁니다",
  "timed out after {seconds} s waiting for {what}": "{seconds}초 동안 다음을 기다렸지만 시간이 초과됨: {what}",
  "usage: npm run compare -- NN [--force]   (for example: npm run compare -- 05)":
    "사용법: npm run compare -- NN [--force]   (예: npm run compare -- 05)",
  "usage: npm run hint -- NN [--all | --reset]   (for example: npm run hint -- 05)":
    "사용법: npm run hint -- NN [--all | --reset]   (예: npm run hint -- 05)",
  "wait for it to print listening on HOST:PORT": "listening on HOST:PORT가 출력되기를 기다립니다",
  "wait for its 2 replies": "응답 2개를 기다립니다",
  "wait for its reply": "응답을 기다립니다",
  "wait for its {count} replies": "응답 {count}개를 기다립니다",
  "wait for the reference child to answer \"ping 1\" and stop reading": "기준 자식이 \"ping 1\"에 응답하고 읽기를 멈추기를 기다립니다",
  "wait for the reference child to end": "기준 자식이 끝나기를 기다립니다",
  "wait for your client to connect":
    "클라이언트가 연결하기를 기다린다",
  "wait for your client to print the reply": "클라이언트가 응답을 출력하기를 기다립니다",
  "wait for your parent to close the child's stdin": "부모 프로세스가 자식의 stdin을 닫기를 기다립니다",
  "wait for your parent to end by itself": "부모가 스스로 끝나기를 기다립니다",
  "wait for your parent to give up, at most {seconds} s after it closed the child's stdin (--timeout {timeout}, and time to stop the child)":
    "부모 프로세스가 포기하기를, 자식의 stdin을 닫은 뒤 최대 {seconds}초 기다립니다(--timeout {timeout}, 그리고 자식을 멈출 시간)",
  "wait for your parent to give up, at most {seconds} s after the child went silent (--timeout {timeout}, and time to stop the child)":
    "부모 프로세스가 포기하기를, 자식이 침묵한 뒤 최대 {seconds}초 기다립니다(--timeout {timeout}, 그리고 자식을 멈출 시간)",
  "wait for your program to print its message":
    "프로그램이 메시지를 출력하기를 기다린다",
  "wait for your program to print its result":
    "프로그램이 결과를 출력하기를 기다린다",
  "wait for your server to end, at most {seconds} s after its message": "서버가 메시지를 출력한 뒤 최대 {seconds}초 동안 끝나기를 기다립니다",
  "wait for your server to print why it cannot start": "서버가 시작할 수 없는 이유를 출력하기를 기다립니다",
  "wait for {who} to end by itself, at most {seconds} s {after}": "{who}이(가) 스스로 끝나기를 {after} 최대 {seconds}초 기다립니다",
  "wait until the reference server has done its part": "기준 서버가 제 몫을 마칠 때까지 기다립니다",
  "wait until your server has read all {count} bytes of that write":
    "서버가 그 쓰기의 {count}바이트를 모두 읽을 때까지 기다린다",
  "wait until your server says something": "서버가 무언가 출력할 때까지 기다립니다",
  "waited a moment for your server to read all {count} bytes (the kernel's queues cannot be seen here)":
    "서버가 {count}바이트를 모두 읽도록 잠시 기다렸습니다(여기서는 커널의 큐를 볼 수 없습니다)",
  "was killed by {signal}": "{signal} 신호를 받고 강제 종료되었습니다",
  "write \"ping \" and 100000 times \"x\", then \"\\n\", and then \"count\\n\"": "\"ping \"과 \"x\" 100000개, \"\\n\", 그다음 \"count\\n\"을 씁니다",
  "write {pieces} to its stdin": "자식의 stdin에 씁니다: {pieces}",
  "write {pieces} to its stdin, each in its own write": "자식의 stdin에 하나씩 따로 씁니다: {pieces}",
  "writing a file outside the grader's scratch folder": "채점기의 임시 작업 폴더 밖에 파일 쓰기",
  "writing {resource}": "{resource}에 쓰기",
  "your child's reply": "자식의 응답",
  "your child's {count} replies": "자식의 응답 {count}개",
  "your client connects to {host}": "클라이언트가 {host}에 연결함",
  "your client ends within {seconds} s of that": "클라이언트가 그로부터 {seconds}초 안에 끝남",
  "your client gives up after its --timeout of {ms} ms, not after its default of 5000 ms":
    "클라이언트가 기본값 5000ms가 아니라 받은 --timeout {ms}ms가 지나면 포기한다",
  "your client has read every byte sent so far: the reset comes after them, on its own": "여러분의 클라이언트가 지금까지 보낸 바이트를 모두 읽었습니다. 재설정은 그 뒤에 따로 도착합니다",
  "your client has still not read every byte sent so far: the reset may arrive together with them": "여러분의 클라이언트가 지금까지 보낸 바이트를 아직 다 읽지 않았습니다. 재설정이 그 바이트와 함께 도착할 수 있습니다",
  "your client to connect":
    "클라이언트의 연결",
  "your client to give up and close the connection":
    "클라이언트가 포기하고 연결을 닫기",
  "your client to print the reply": "클라이언트가 응답을 출력하기",
  "your code to finish \"{case}\"": "여러분의 코드가 \"{case}\" 사례를 끝내는 것",
  "your parent starts the program given with --child": "부모 프로세스가 --child로 준 프로그램을 시작합니다",
  "your program": "여러분의 프로그램",
  "your program to answer the requests so far": "프로그램이 지금까지 보낸 요청에 응답하는 것",
  "your program to be stopped": "프로그램이 멈추는 것",
  "your program to exit": "프로그램이 종료하는 것",
  "your program to print its message":
    "프로그램의 메시지 출력",
  "your program to print its result":
    "프로그램의 결과 출력",
  "your program to read what was sent": "프로그램이 보낸 데이터를 다 읽는 것",
  "your server closes client A's connection": "서버가 클라이언트 A의 연결을 닫습니다",
  "your server closes the connection": "서버가 연결을 닫습니다",
  "your server echoes it to {who}": "서버가 그것을 {who}에게 에코합니다",
  "your server echoes the 5 whole frames, in order, nothing else, then closes": "서버가 온전한 프레임 5개를 순서대로, 다른 것 없이 에코하고 연결을 닫습니다",
  "your server echoes the first frame": "서버가 첫 번째 프레임을 에코합니다",
  "your server echoes the second frame once, then closes": "서버가 두 번째 프레임을 한 번 에코하고 연결을 닫습니다",
  "your server ends within {seconds} s of that": "서버가 그로부터 {seconds}초 안에 끝남",
  "your server is still running": "서버가 아직 실행 중입니다",
  "your server prints a line that names client A ({client}) and the announced size ({announced})":
    "서버가 클라이언트 A({client})와 알린 크기({announced})를 밝히는 줄을 출력한다",
  "your server prints {text}": "서버가 다음을 출력합니다: {text}",
  "your server sends {text} before the client says anything": "클라이언트가 아무 말도 하기 전에 서버가 다음을 보냅니다: {text}",
  "your server stops reading once its echoes pile up, so the client is held back": "에코가 쌓이면 서버가 읽기를 멈춰서 클라이언트가 막힙니다",
  "your server tells {who} {text}": "서버가 {who}에게 다음과 같이 알려 줍니다: {text}",
  "your server then closes the connection": "그다음 서버가 연결을 닫습니다",
  "your server to close client A's connection": "서버가 클라이언트 A의 연결을 닫는 것",
  "your server to close the connection": "서버가 연결을 닫는 것",
  "your server to echo and close": "서버가 에코하고 연결을 닫는 것",
  "your server to print a line about client A":
    "서버가 클라이언트 A에 관한 줄을 출력하기",
  "your server to print a line or end": "서버가 한 줄을 출력하거나 끝나기",
  "your server to print a message": "서버가 메시지를 출력하기",
  "your server to print listening on HOST:PORT": "서버가 listening on HOST:PORT를 출력하는 것",
  "your server to print the client's message": "서버가 클라이언트의 메시지를 출력하는 것",
  "your server to print {text}": "서버가 다음을 출력하는 것: {text}",
  "your server to send its line and close its side": "서버가 줄을 보내고 자기 쪽을 닫기",
  "your server's answer": "서버의 응답",
  "your server's answer to {who}": "서버가 {who}에게 보내는 응답",
  "your server's greeting": "서버의 인사말",
  "yours": "여러분의 것",
  "{args} given to {file}":
    "{file}에 준 {args}",
  "{call} returned the wrong value.": "{call} 호출이 잘못된 값을 반환했습니다.",
  "{call} returned {value} instead of throwing an error: {problem}.": "{call} 호출이 오류를 던지는 대신 {value} 값을 반환했습니다. 문제: {problem}.",
  "{call} returns {value}": "{call} 호출이 {value} 값을 반환합니다",
  "{call} threw \"{error}\", but that input is fine: it should return {value}.": "{call} 호출이 \"{error}\"를 던졌지만 그 입력은 올바릅니다. {value} 값을 반환해야 합니다.",
  "{call} threw \"{error}\", which does not name what is wrong ({problem}). Put {facts} in the message, so the user knows what to fix.":
    "{call}이(가) \"{error}\" 예외를 던졌지만, 무엇이 틀렸는지 밝히지 않습니다({problem}). 사용자가 무엇을 고칠지 알 수 있게 메시지에 {facts}을(를) 넣으세요.",
  "{call} throws an error{says}: {problem}": "{call}이(가) 예외를 던집니다{says}: {problem}",
  "{count} bytes":
    "{count}바이트",
  "{count} events left out": "사건 {count}개 생략",
  "{count} failed":
    "실패 {count}",
  "{count} grading": "채점 중 {count}개",
  "{count} not graded": "채점 못 함 {count}개",
  "{count} not run":
    "실행 안 함 {count}",
  "{count} not started":
    "시작 안 함 {count}",
  "{count} passed":
    "통과 {count}",
  "{count} skipped":
    "건너뜀 {count}",
  "{count} stored earlier": "이전에 저장됨 {count}개",
  "{count} students": "학생 {count}명",
  "{count} submissions": "제출물 {count}개",
  "{decoder} throws an error that names {announced} and {max} as soon as a header announces {announced} bytes, before any payload":
    "헤더가 {announced}바이트를 알리자마자, 페이로드가 오기 전에 {decoder}이(가) {announced}와(과) {max}을(를) 밝히는 오류를 던진다",
  "{file} does not look like a Canvas gradebook export: its first columns should be Student, ID, SIS User ID, SIS Login ID and Section. Export it from Canvas with Grades → Export → Export Entire Gradebook.":
    "{file}은(는) Canvas 성적부를 내보낸 파일로 보이지 않습니다. 앞쪽 열이 Student, ID, SIS User ID, SIS Login ID, Section이어야 합니다. Canvas에서 Grades → Export → Export Entire Gradebook으로 내보내세요.",
  "{file} has no column \"{column}\" to match the submissions on. Its student columns are: {columns}. Name one with --canvas-match.":
    "{file}에는 제출물을 맞춰 볼 \"{column}\" 열이 없습니다. 학생 열은 {columns}입니다. --canvas-match로 그중 하나를 지정하세요.",
  "{file} has {count} assignment columns ({columns}): say which one to fill with --canvas-assignment NAME. A name that is not there creates a new assignment.":
    "{file}에는 과제 열이 {count}개 있습니다({columns}). 어느 열을 채울지 --canvas-assignment NAME으로 지정하세요. 없는 이름을 주면 새 과제가 만들어집니다.",
  "{file} imports \"{specifier}\", which is not allowed here: {why}. Remove that import.":
    "{file} 파일이 \"{specifier}\" 모듈을 import하는데, 여기서는 허용되지 않습니다: {why}. 그 import를 지우세요.",
  "{file} must export `{name}`, and it does not: the grader calls it by that name. Was it renamed or removed? Put back `export` and the original name.":
    "{file} 파일은 `{name}`을(를) export해야 하는데 그러지 않습니다. 채점기는 그 이름으로 호출합니다. 이름을 바꾸거나 지우지 않았나요? `export`와 원래 이름을 되돌려 놓으세요.",
  "{file}: identical to the reference.": "{file}: 기준 구현과 똑같습니다.",
  "{flag} is not understood here. The kit's own flags go after --:\n  npm test exercises/05 -- --target solutions   grade the reference (or --target FOLDER, a folder laid out like exercises/)\n  npm test exercises/05 -- --lang ko            feedback in Korean (ko) or English (en)":
    "{flag}: 여기서는 알 수 없는 옵션입니다. 키트의 옵션은 -- 뒤에 씁니다:\n  npm test exercises/05 -- --target solutions   기준 구현을 채점합니다(또는 --target 폴더: exercises/처럼 구성된 폴더)\n  npm test exercises/05 -- --lang ko            피드백을 한국어(ko)나 영어(en)로 보여 줍니다",
  "{folder} holds no submissions: put one folder or .zip per student in it.": "{folder}에 제출물이 없습니다. 학생마다 폴더나 .zip을 하나씩 넣으세요.",
  "{folder} is a file, not a folder. Give the folder that holds one folder or .zip per student.":
    "{folder}은(는) 폴더가 아니라 파일입니다. 학생마다 폴더나 .zip 하나씩이 들어 있는 폴더를 주세요.",
  "{ids}: these ids start like a spreadsheet formula, so the grade sheets write them with a leading ' (shown as text, never run). A course platform will not know them: rename those entries.":
    "{ids}: 이 ID는 스프레드시트 수식처럼 시작하므로, 성적표에는 앞에 '를 붙여 씁니다(텍스트로 보이고 실행되지 않습니다). 강의 플랫폼은 이 ID를 알아보지 못하니 해당 항목의 이름을 바꾸세요.",
  "{id}: {total}/{max} points": "{id}: {total}/{max}점",
  "{message} Your child {how} before it answered them all.": "{message} 자식 프로세스가 모든 요청에 응답하기 전에 {how}.",
  "{passed} of {total} checks pass": "검사 {total}개 중 {passed}개 통과",
  "{points} points": "{points}점",
  "{said}, which does not give {numbers}. Say how large it is and what the maximum is, so whoever reads it knows what went wrong.":
    "{said}. 여기에는 {numbers}이(가) 없습니다. 얼마나 큰지, 최댓값이 얼마인지 말하세요. 그래야 읽는 사람이 무엇이 잘못되었는지 압니다.",
  "{submissions}, exercises {exercises}. Mean {mean} / {max} points, median {median}, {full} with full marks.":
    "{submissions}, 실습 {exercises}. 평균 {mean} / {max}점, 중앙값 {median}, 만점 {full}명.",
  "{times} times {text}": "{text} {times}번",
  "{what}: chunks {chunks} give the lines {lines}, and then the loop ends": "{what}: 청크 {chunks}에서 줄 {lines}이(가) 나오고, 그다음 반복문이 끝납니다",
  "{who} sends the frame {frame}": "{who}이(가) 프레임을 보냅니다: {frame}",
  "{who} was still running {seconds} s {after}, with nothing left to do. Something keeps it alive: a timer that is never cleared (clearTimeout), an interval, or a child process or pipe left open.":
    "{who}이(가) 할 일이 없는데도 {after} {seconds}초가 지나도록 실행 중이었습니다. 무언가가 붙잡아 두고 있습니다. 지우지 않은 타이머(clearTimeout), interval, 또는 열어 둔 자식 프로세스나 파이프입니다.",
  "… and {count} more calls": "… 그리고 호출 {count}개 더",
  "… {count} more events left out": "… 이벤트 {count}개 생략",
  "… {count} more writes ({size})": "… 쓰기 {count}번 더 ({size})",
  "✗ the check failed here: {step}": "✗ 검사가 여기서 실패했습니다: {step}",
  "안 is three bytes in UTF-8 (EC 95 88), and here its bytes arrived in two reads. Decoding each chunk on its own breaks it (into �); stream.setEncoding(\"utf8\") keeps a character whole across chunks.":
    "안은 UTF-8로 3바이트(EC 95 88)이고, 여기서는 그 바이트가 두 번의 읽기로 나뉘어 도착했습니다. 청크를 하나씩 따로 디코딩하면 문자가 깨집니다(�가 됩니다). stream.setEncoding(\"utf8\")은 청크 사이에서도 문자를 온전히 지킵니다.",
  "A client reset its connection, and your server said nothing about it on stderr. In the \"error\" handler, print one line with console.error that names the client ({client}), then carry on.": "클라이언트가 연결을 재설정했는데, 서버가 stderr에 아무 말도 하지 않았습니다. \"error\" 핸들러에서 그 클라이언트({client})를 밝히는 한 줄을 console.error로 출력한 뒤 계속 서비스하세요.",
  "Started without --port, your server listens on port {port}. Its default is the note's port, {note}: give the --port option the default \"{note}\".": "--port 없이 시작한 서버가 포트 {port}에서 리슨합니다. 기본값은 노트의 포트 {note}입니다. --port 옵션의 기본값을 \"{note}\"로 주세요.",
  "Your client did not send {what} as frames before the server misbehaved.": "서버가 말썽을 부리기 전에 클라이언트가 {what}을(를) 프레임으로 보내지 않았습니다.",
  "Your client never connected, yet it reported a failure: connect first, and report only what really happened.": "클라이언트가 연결하지도 않고 실패를 알렸습니다. 먼저 연결하고, 실제로 일어난 일만 알리세요.",
  "Your server stopped ({exit}) when a client reset its connection.": "클라이언트가 연결을 재설정하자 서버가 멈췄습니다({exit}).",
  "another program on this machine already listens on port {port}": "이 컴퓨터의 다른 프로그램이 이미 포트 {port}에서 리슨하고 있습니다",
  "keep port {port}, the note's port, busy": "노트의 포트 {port}을(를) 사용 중으로 만들어 둡니다",
  "port {port}, its default, already in use": "이미 사용 중인 기본 포트 {port}",
  "start your {file} without --port": "--port 없이 {file}을(를) 시작합니다",
  "the echo server uses the note's port, 9999, when no --port is given": "에코 서버는 --port가 없으면 노트의 포트 9999를 씁니다",
  "the server received {what} before it misbehaved": "서버가 말썽을 부리기 전에 {what}을(를) 받았습니다",
  "the server uses the note's port, 9999, when no --port is given": "서버는 --port가 없으면 노트의 포트 9999를 씁니다",
  "without --port, it uses port {port}": "--port가 없으면 포트 {port}을(를) 씁니다",
  "your first message": "첫 메시지",
  "your message": "여러분의 메시지",
  "your server prints a line on stderr that names the client that reset, {client}": "서버가 재설정한 클라이언트 {client}을(를) 밝히는 한 줄을 stderr에 출력합니다",
  "your server to report the reset": "서버가 재설정을 알리는 것",
  "Your parent ended without starting its child; it said {said}. With --child and no other option, it should start the child and talk to it.": "부모 프로세스가 자식을 시작하지 않고 끝났습니다. 부모가 남긴 말: {said}. --child 말고 다른 옵션이 없어도 자식을 시작하고 자식과 대화해야 합니다.",
  "Without --port, readOptions gives the port the note's default: parseArgs with port: { type: \"string\", default: \"9999\" }. The grader keeps 9999 busy, so your server should then say that port 9999 is in use and end.": "--port가 없으면 readOptions가 포트에 노트의 기본값을 줍니다. parseArgs에 port: { type: \"string\", default: \"9999\" }를 쓰세요. 채점기가 9999를 사용 중으로 만들어 두므로, 서버는 포트 9999가 사용 중이라고 말하고 끝나야 합니다.",
  "Without --port, the echo server's readOptions gives the port the note's default: parseArgs with port: { type: \"string\", default: \"9999\" }. The grader keeps 9999 busy, so your server should then say that port 9999 is in use and end.": "--port가 없으면 에코 서버의 readOptions가 포트에 노트의 기본값을 줍니다. parseArgs에 port: { type: \"string\", default: \"9999\" }를 쓰세요. 채점기가 9999를 사용 중으로 만들어 두므로, 서버는 포트 9999가 사용 중이라고 말하고 끝나야 합니다.",
  "Your server stopped ({exit}) after client B reset its connection: give every connection socket an \"error\" handler, so one client's trouble cannot end the server.": "클라이언트 B가 연결을 재설정한 뒤 서버가 멈췄습니다({exit}). 모든 연결 소켓에 \"error\" 핸들러를 달아서, 클라이언트 하나의 문제가 서버를 끝내지 못하게 하세요.",
  "wait until your server has dealt with the reset": "서버가 재설정을 처리할 때까지 기다립니다",
  "wait until your server has dealt with the trouble": "서버가 문제를 처리할 때까지 기다립니다",
  // ── exercise 06 ──
  "120 clients at once each get their own answers, one of them sending its line one byte at a time and one two lines in one write": "동시에 연결한 클라이언트 120개가 저마다 자기 응답을 받습니다. 그중 하나는 줄을 한 바이트씩 보내고, 하나는 두 줄을 한 번에 씁니다",
  "A client that left needs no idle timer any more. socket.setTimeout clears itself when the socket closes; a setTimeout of your own must be cleared with clearTimeout on \"close\".": "떠난 클라이언트에게는 유휴 타이머가 더는 필요 없습니다. socket.setTimeout은 소켓이 닫힐 때 저절로 지워지지만, 직접 만든 setTimeout은 \"close\"에서 clearTimeout으로 지워야 합니다.",
  "A client whose line arrives one byte every 200 ms must not hold up anyone: never wait for one client's line to be complete before you serve the others. Each \"data\" event is handled and done at once.": "줄이 200 ms마다 한 바이트씩 오는 클라이언트가 아무도 붙잡아 두면 안 됩니다. 한 클라이언트의 줄이 끝나기를 기다렸다가 다른 클라이언트를 서비스하지 마세요. \"data\" 이벤트는 하나하나 곧바로 처리하고 끝냅니다.",
  "Call socket.setEncoding(\"utf8\") before the first \"data\": Node then keeps the first bytes of a character cut between two chunks until the rest arrives. String(chunk) on each Buffer breaks it into �.": "첫 \"data\" 전에 socket.setEncoding(\"utf8\")을 부르세요. 그러면 Node가 두 청크 사이에서 잘린 문자의 앞 바이트를 나머지가 올 때까지 들고 있습니다. Buffer마다 String(chunk)를 하면 문자가 �로 깨집니다.",
  "Every client has left, and your server still holds {count} timer(s). An idle timer of a client that left fires later, on a socket that is gone. Use socket.setTimeout, or clearTimeout on \"close\".": "클라이언트가 모두 떠났는데도 서버가 타이머를 {count}개 들고 있습니다. 떠난 클라이언트의 유휴 타이머는 나중에, 이미 없는 소켓을 두고 울립니다. socket.setTimeout을 쓰거나, \"close\"에서 clearTimeout을 부르세요.",
  "Every socket needs an \"error\" handler, and the server too: one for resets, one for a port in use.": "모든 소켓에 \"error\" 핸들러가 있어야 하고, 서버에도 있어야 합니다. 하나는 재설정에, 하나는 이미 사용 중인 포트에 대비합니다.",
  "Everything a client owns lives inside serveClient: its `pending` text, its socket. A variable at the top of the file is shared by every client, so one client's half line or answer ends up with another.": "클라이언트가 가진 것은 모두 serveClient 안에 둡니다. `pending` 텍스트도, 소켓도 그렇습니다. 파일 맨 위의 변수는 모든 클라이언트가 함께 쓰므로, 한 클라이언트의 반쪽 줄이나 응답이 다른 클라이언트에게 가 버립니다.",
  "Everything one client owns (its unfinished line, its socket) lives inside serveClient, so two clients never mix.": "클라이언트 하나가 가진 것(끝나지 않은 줄, 소켓)은 모두 serveClient 안에 둡니다. 그래야 두 클라이언트가 섞이지 않습니다.",
  "Handle the server's \"error\" event before listen(). For EADDRINUSE, reject with a sentence that names the port; main() prints it and sets process.exitCode = 1. Then end: do not retry.": "listen() 전에 서버의 \"error\" 이벤트를 처리하세요. EADDRINUSE이면 포트를 밝히는 문장으로 reject합니다. main()이 그것을 출력하고 process.exitCode = 1로 정합니다. 그리고 끝내세요. 다시 시도하지 않습니다.",
  "If socket.write() returns false, pause() this socket and resume() it on \"drain\".": "socket.write()가 false를 돌려주면 이 소켓을 pause()하고, \"drain\"에서 resume()하세요.",
  "Never make a client wait for another to finish. createServer calls your handler for every connection as it comes; set up its \"data\" handler at once, and do not queue connections or loop over them in order.": "한 클라이언트가 다른 클라이언트가 끝나기를 기다리게 하지 마세요. createServer는 연결이 올 때마다 핸들러를 부릅니다. 그 자리에서 \"data\" 핸들러를 달고, 연결을 줄 세우거나 차례대로 돌지 마세요.",
  "One \"data\" chunk is not one line: keep what follows the last \"\\n\" in `pending` for the next chunk, and take out every line a chunk completes (a while loop, not an if).": "\"data\" 청크 하나가 줄 하나는 아닙니다. 마지막 \"\\n\" 뒤에 남은 것은 다음 청크를 위해 `pending`에 두고, 청크가 완성한 줄은 모두 꺼내세요(if가 아니라 while 루프).",
  "One server, many clients at once": "서버 하나, 동시에 여러 클라이언트",
  "Send nothing when a client connects: wait for its first line. Answer each line with exactly one line, `${line.toUpperCase()}\\n`, and when the client sends FIN, let Node close your side once the answers are out (no extra goodbye).": "클라이언트가 연결해도 아무것도 보내지 말고 첫 줄을 기다리세요. 줄마다 정확히 한 줄, `${line.toUpperCase()}\\n`으로 응답하고, 클라이언트가 FIN을 보내면 응답이 다 나간 뒤 Node가 이쪽을 닫게 두세요(따로 작별 인사는 없습니다).",
  "Start from exercise 04's server: createServer calls your handler once per connection. The difference: a connection now carries many lines, and many connections are open at once.": "실습 04의 서버에서 시작하세요. createServer는 연결마다 핸들러를 한 번 부릅니다. 다른 점은, 이제 연결 하나에 줄이 여러 개 오고, 연결 여러 개가 동시에 열려 있다는 것입니다.",
  "The client sent FIN and waited {seconds} s for your server to close too.": "클라이언트가 FIN을 보내고 서버도 닫기를 {seconds}초 동안 기다렸습니다.",
  "The client sent FIN and waited {seconds} s for your server to close too. When a client has nothing more to say, end your side once its answers are out.": "클라이언트가 FIN을 보내고 서버도 닫기를 {seconds}초 동안 기다렸습니다. 클라이언트가 더 할 말이 없으면, 응답이 다 나간 뒤 이쪽도 끝내세요.",
  "The silent client was still connected {seconds} s after it connected, with --idle-ms {ms}. Call socket.setTimeout(idleMs) with the option's value and destroy the socket on \"timeout\".": "--idle-ms {ms}인데, 말이 없는 클라이언트가 연결하고 {seconds}초가 지나도록 연결되어 있었습니다. 옵션 값으로 socket.setTimeout(idleMs)를 부르고 \"timeout\"에서 소켓을 destroy하세요.",
  "The talking client should get one answer per line.": "말하는 클라이언트는 줄마다 응답 하나를 받아야 합니다.",
  "When socket.write() returns false, the client is not reading its answers: call socket.pause() so you stop reading from it, and socket.resume() on \"drain\". Pause only that socket: the other clients go on.": "socket.write()가 false를 돌려주면 그 클라이언트가 응답을 읽지 않고 있다는 뜻입니다. socket.pause()로 그 클라이언트에게서 읽기를 멈추고, \"drain\"에서 socket.resume()하세요. 그 소켓만 멈춥니다. 다른 클라이언트는 계속 서비스됩니다.",
  "Without --port, readOptions gives the note's port: parseArgs with port: { type: \"string\", default: \"9999\" }. The grader keeps 9999 busy, so your server should then say that port 9999 is in use and end.": "--port가 없으면 readOptions가 노트의 포트를 줍니다. parseArgs에 port: { type: \"string\", default: \"9999\" }를 쓰세요. 채점기가 9999를 사용 중으로 만들어 두므로, 서버는 포트 9999가 사용 중이라고 말하고 끝나야 합니다.",
  "Your server closed the client that sent a line every {ms} ms. The idle timer must start again whenever data comes: it measures silence, not age.": "서버가 {ms} ms마다 한 줄씩 보낸 클라이언트를 닫았습니다. 유휴 타이머는 데이터가 올 때마다 다시 시작해야 합니다. 재는 것은 연결의 나이가 아니라 침묵입니다.",
  "Your server closed the silent client after {after} ms, before --idle-ms ({ms} ms) had passed.": "서버가 말이 없는 클라이언트를 {after} ms 만에 닫았습니다. --idle-ms({ms} ms)가 지나기 전입니다.",
  "Your server should send one answer per line and nothing else: no greeting, no prompt, no goodbye.": "서버는 줄마다 응답 하나만 보내고 그 밖에는 아무것도 보내지 않아야 합니다. 인사도, 프롬프트도, 작별 인사도 없습니다.",
  "Your server stopped {after}. One client's trouble must not end the server for the others.": "{after} 서버가 멈췄습니다. 클라이언트 하나의 문제로 다른 클라이언트들의 서버가 끝나면 안 됩니다.",
  "Your server took all {limit} MiB although the client read none of its answers: it kept every answer in memory. When socket.write() returns false, pause() the socket until \"drain\".": "클라이언트가 응답을 하나도 읽지 않았는데 서버가 {limit} MiB를 모두 받았습니다. 모든 응답을 메모리에 쌓아 둔 것입니다. socket.write()가 false를 돌려주면 \"drain\"까지 소켓을 pause()하세요.",
  "after a client reset its connection mid-line": "클라이언트가 줄 중간에 연결을 재설정한 뒤",
  "all the answers": "모든 응답",
  "answers each line in upper case, sends nothing before it and nothing extra after": "줄마다 대문자로 응답하고, 그 앞에도 뒤에도 다른 것은 보내지 않습니다",
  "client 1 sends its line one byte per write (each read by your server on its own), client 2 sends two lines in one write, and the others one line each, all at the same time": "클라이언트 1은 줄을 한 번에 한 바이트씩 쓰고(서버가 바이트마다 따로 읽습니다), 클라이언트 2는 두 줄을 한 번에 쓰고, 나머지는 한 줄씩, 모두 동시에 보냅니다",
  "client {number}": "클라이언트 {number}",
  "client {number} sends FIN": "클라이언트 {number}이(가) FIN을 보냅니다",
  "closes a client that says nothing for --idle-ms, but not one of the same age that keeps talking": "--idle-ms 동안 말이 없는 클라이언트는 닫고, 같은 때 연결해서 계속 말하는 클라이언트는 닫지 않습니다",
  "connect a client": "클라이언트 하나를 연결합니다",
  "connect a client and say nothing yet": "클라이언트 하나를 연결하고 아직 아무 말도 하지 않습니다",
  "connect a client to {host}": "{host}에 클라이언트 하나를 연결합니다",
  "connect another client": "다른 클라이언트를 연결합니다",
  "connect client {number}": "클라이언트 {number}을(를) 연결합니다",
  "connect fast client {number}": "빠른 클라이언트 {number}을(를) 연결합니다",
  "connect the slow client": "느린 클라이언트를 연결합니다",
  "connect two clients at the same moment: one stays silent, the other will talk": "클라이언트 둘을 같은 때에 연결합니다. 하나는 말이 없고, 다른 하나는 말할 것입니다",
  "connect {count} clients, all at once": "클라이언트 {count}개를 한꺼번에 연결합니다",
  "every answer comes back: {count} bytes": "응답이 모두 돌아옵니다: {count}바이트",
  "every client gets exactly its own answers within {seconds} s": "모든 클라이언트가 {seconds}초 안에 정확히 자기 응답을 받습니다",
  "fast client {number}": "빠른 클라이언트 {number}",
  "five clients connect, and the last one to connect is answered first": "클라이언트 다섯이 연결하고, 마지막에 연결한 클라이언트가 먼저 응답을 받습니다",
  "it stops reading (a slow reader): the answers can only pile up": "클라이언트가 읽기를 멈춥니다(느린 읽기 상대). 응답은 쌓이기만 합니다",
  "keeps a character whole when its bytes arrive in two pieces, and upper-cases beyond ASCII": "문자의 바이트가 두 조각으로 와도 문자를 온전히 지키고, ASCII 밖의 문자도 대문자로 바꿉니다",
  "keeps no idle timer running for clients that have left": "떠난 클라이언트의 유휴 타이머를 남겨 두지 않습니다",
  "never answers the half line of a client that sends FIN or resets mid-line, and serves the others on": "줄 중간에 FIN을 보내거나 연결을 재설정한 클라이언트의 반쪽 줄에는 응답하지 않고, 다른 클라이언트는 계속 서비스합니다",
  "send 8 KiB lines as fast as your server takes them, up to {limit} MiB": "서버가 받는 만큼 빠르게 8 KiB짜리 줄을 {limit} MiB까지 보냅니다",
  "send {text} in two writes that cut é in two": "{text}을(를) é가 둘로 잘리게 두 번에 나눠 씁니다",
  "serves five clients while another sends its line one byte every 200 ms": "다른 클라이언트가 줄을 200 ms마다 한 바이트씩 보내는 동안 클라이언트 다섯을 서비스합니다",
  "setEncoding(\"utf8\"), add each chunk to `pending`, and take out every complete line with a while loop over indexOf(\"\\n\"). Answer each with line.toUpperCase() + \"\\n\".": "setEncoding(\"utf8\")을 부르고, 청크마다 `pending`에 더한 뒤, indexOf(\"\\n\")을 쓰는 while 루프로 완성된 줄을 모두 꺼내세요. 줄마다 line.toUpperCase() + \"\\n\"으로 응답합니다.",
  "socket.setTimeout(idleMs) and destroy on \"timeout\": Node restarts the timer on activity and clears it on close.": "socket.setTimeout(idleMs)를 부르고 \"timeout\"에서 destroy하세요. Node가 오가는 데이터가 있으면 타이머를 다시 시작하고, 닫힐 때 지웁니다.",
  "stops reading from a client that does not read its answers, and serves the others meanwhile (backpressure)": "응답을 읽지 않는 클라이언트에게서는 읽기를 멈추고, 그동안 다른 클라이언트를 서비스합니다(배압)",
  "the answer to the talking client": "말하는 클라이언트에게 갈 응답",
  "the answers to {who}": "{who}에게 갈 응답",
  "the client": "클라이언트",
  "the client sends FIN and waits": "클라이언트가 FIN을 보내고 기다립니다",
  "the fast clients were served while the slow client had sent {count} of its {total} bytes": "느린 클라이언트가 {total}바이트 중 {count}바이트를 보내는 동안 빠른 클라이언트들이 서비스되었습니다",
  "the first client reads again": "첫 클라이언트가 다시 읽습니다",
  "the grader was too slow: the slow client finished its line before the fast clients were served; run the check again": "채점기가 너무 느렸습니다. 빠른 클라이언트들이 서비스되기 전에 느린 클라이언트가 줄을 끝냈습니다. 검사를 다시 실행하세요",
  "the grader was too slow: the talking client was silent for {ms} ms; run the check again": "채점기가 너무 느렸습니다. 말하는 클라이언트가 {ms} ms 동안 말이 없었습니다. 검사를 다시 실행하세요",
  "the other client": "다른 클라이언트",
  "the silent client was closed after --idle-ms ({ms} ms), not before": "말이 없는 클라이언트는 --idle-ms({ms} ms)가 지난 뒤에 닫혔고, 그 전에는 닫히지 않았습니다",
  "the silent client was closed {ms} ms after it connected": "말이 없는 클라이언트는 연결하고 {ms} ms 뒤에 닫혔습니다",
  "the slow client": "느린 클라이언트",
  "the slow client gets its whole line back": "느린 클라이언트가 줄 전체의 응답을 받습니다",
  "the slow client sends the rest of its line at once": "느린 클라이언트가 줄의 나머지를 한 번에 보냅니다",
  "the slow client starts sending {text}, one byte every {ms} ms": "느린 클라이언트가 {text}을(를) {ms} ms마다 한 바이트씩 보내기 시작합니다",
  "the slow client's line was still unfinished all that time": "그동안 내내 느린 클라이언트의 줄은 끝나지 않았습니다",
  "the talking client is still connected and got every answer": "말하는 클라이언트는 아직 연결되어 있고 응답을 모두 받았습니다",
  "the talking client sends a line every {ms} ms for {seconds} s (one and a half times --idle-ms)": "말하는 클라이언트가 {seconds}초 동안(--idle-ms의 1.5배) {ms} ms마다 한 줄씩 보냅니다",
  "this system cannot tell what keeps your server alive: the check looks no further": "이 시스템에서는 무엇이 서버를 살려 두는지 알 수 없어서, 검사는 더 살펴보지 않습니다",
  "wait until your server has dealt with it": "서버가 그것을 처리할 때까지 기다립니다",
  "wait until your server has dealt with the closes": "서버가 닫힌 연결들을 처리할 때까지 기다립니다",
  "wait until your server has read it": "서버가 그것을 읽을 때까지 기다립니다",
  "what keeps your server alive: {what}": "서버를 살려 두는 것: {what}",
  "your server answers {text}": "서버가 {text}(으)로 응답합니다",
  "your server closes client {number}'s connection": "서버가 클라이언트 {number}의 연결을 닫습니다",
  "your server closes the connection, having sent nothing more": "서버가 더 보낸 것 없이 연결을 닫습니다",
  "your server holds no timer: none can fire later for a client that left": "서버가 타이머를 하나도 들고 있지 않습니다. 떠난 클라이언트를 두고 나중에 울릴 타이머가 없습니다",
  "your server stops reading once its answers pile up, so the client is held back": "응답이 쌓이면 서버가 읽기를 멈추므로, 클라이언트의 쓰기가 붙잡힙니다",
  "{who} has received {text}": "{who}이(가) {text}을(를) 받았습니다",
  "{who} sends {text}": "{who}이(가) {text}을(를) 보냅니다",
  "{who} sends {text}, half a line": "{who}이(가) 반쪽 줄 {text}을(를) 보냅니다",
  "{who} should have received exactly its own answers so far, each line in upper case with \"\\n\", in the order it sent them, and nothing else.": "{who}은(는) 지금까지 정확히 자기 응답만, 줄마다 대문자와 \"\\n\"으로, 보낸 차례대로 받았어야 하고, 그 밖에는 아무것도 받지 않았어야 합니다.",
  "{who} waited {seconds} s for its answer and got {count} of the {expected} bytes it should have by now. Is your server busy with another client, or waiting for more than one line?": "{who}이(가) {seconds}초 동안 응답을 기다려, 지금쯤 받았어야 할 {expected}바이트 중 {count}바이트를 받았습니다. 서버가 다른 클라이언트에 매여 있거나, 줄 하나보다 더 많이 기다리고 있지 않나요?",
  "A client reset its connection, and your server said nothing about it. In the \"error\" handler, log one line that names the client ({client}), then carry on.": "클라이언트가 연결을 재설정했는데, 서버가 아무 말도 하지 않았습니다. \"error\" 핸들러에서 그 클라이언트({client})를 밝히는 한 줄을 로그로 남기고 계속 서비스하세요.",
  "A line is complete only with its \"\\n\". Client {number} left before it finished its line: do not answer the half line.": "줄은 \"\\n\"이 와야 끝납니다. 클라이언트 {number}은(는) 줄을 끝내기 전에 떠났으니, 반쪽 줄에는 응답하지 마세요.",
  "A piece without \"\\n\" is not a line yet: keep it, and answer it only once its \"\\n\" arrives. When the client sends FIN or resets first, drop it. And give every socket an \"error\" handler that logs one line naming the client (IP:port), so a reset cannot stop the server.": "\"\\n\"이 없는 조각은 아직 줄이 아닙니다. 모아 두었다가 \"\\n\"이 오면 그때 응답하세요. 그 전에 클라이언트가 FIN을 보내거나 연결을 재설정하면 버립니다. 그리고 모든 소켓에 클라이언트(IP:포트)를 밝히는 한 줄을 로그로 남기는 \"error\" 핸들러를 달아서, 재설정 때문에 서버가 멈추지 않게 하세요.",
  "Call socket.setTimeout(idleMs) with the --idle-ms value, and on \"timeout\" log one line that names the client (IP:port) and destroy the socket. Node restarts that timer whenever data comes or goes; a setTimeout of your own must be restarted on every \"data\".": "--idle-ms 값으로 socket.setTimeout(idleMs)를 부르고, \"timeout\"에서 클라이언트(IP:포트)를 밝히는 한 줄을 로그로 남긴 뒤 소켓을 destroy하세요. Node는 데이터가 오가면 그 타이머를 다시 시작합니다. 직접 만든 setTimeout이라면 \"data\"마다 다시 시작해야 합니다.",
  "Client {number} sent FIN and waited {seconds} s for your server to close too.": "클라이언트 {number}이(가) FIN을 보내고 서버도 닫기를 {seconds}초 동안 기다렸습니다.",
  "Client {number} should have exactly its own two answers.": "클라이언트 {number}은(는) 자기 응답 두 줄만 정확히 받아야 합니다.",
  "Remove one \"\\r\" at the end of each line before you answer it (a client that ends lines with CRLF; a \"\\r\" inside the line stays), and answer an empty line with an empty line: every line gets exactly one answer.": "응답하기 전에 줄 끝의 \"\\r\" 하나를 지우세요(줄을 CRLF로 끝내는 클라이언트. 줄 안의 \"\\r\"는 그대로 둡니다). 빈 줄에는 빈 줄로 응답합니다. 모든 줄은 정확히 응답 하나를 받습니다.",
  "Your server closed an idle client without a word. Log one line that names the client ({client}), so the person running the server knows whom it dropped and why.": "서버가 유휴 클라이언트를 아무 말 없이 닫았습니다. 그 클라이언트({client})를 밝히는 한 줄을 로그로 남겨서, 서버를 돌리는 사람이 누구를 왜 끊었는지 알게 하세요.",
  "Your server refused --idle-ms {ms}, a good value: from 1 to 2147483647 ms is allowed, both ends included.": "서버가 올바른 값인 --idle-ms {ms}을(를) 거부했습니다. 1부터 2147483647 ms까지, 양 끝을 포함해 모두 허용됩니다.",
  "Your server went on reading from the client that reads none of its answers: the kernel held {before} bytes unread for it once the client was held back, and {after} after the other client was served. When socket.write() returns false, pause() that socket until \"drain\", and only then resume().": "서버가 응답을 하나도 읽지 않는 클라이언트에게서 계속 읽었습니다. 클라이언트의 쓰기가 붙잡혔을 때 커널에는 서버가 읽지 않은 바이트가 {before}바이트 있었고, 다른 클라이언트가 서비스된 뒤에는 {after}바이트였습니다. socket.write()가 false를 돌려주면 \"drain\"까지 그 소켓을 pause()하고, 그때 비로소 resume()하세요.",
  "a line that names the client it closed, {client}": "닫은 클라이언트 {client}을(를) 밝히는 한 줄",
  "a line that names the client that reset, {client}": "재설정한 클라이언트 {client}을(를) 밝히는 한 줄",
  "answers a line that ends with CRLF without its last \\r, and an empty line with an empty line": "CRLF로 끝나는 줄에는 마지막 \\r 없이 응답하고, 빈 줄에는 빈 줄로 응답합니다",
  "client 1 got nothing of client 2's answers, and client 2 nothing of client 1's": "클라이언트 1은 클라이언트 2의 응답을, 클라이언트 2는 클라이언트 1의 응답을 하나도 받지 않았습니다",
  "client {number} sends {text}, half a line, and FIN": "클라이언트 {number}이(가) 반쪽 줄 {text}와(과) FIN을 보냅니다",
  "client {number} sends {text}, half a line, and once your server has read it resets the connection (RST)": "클라이언트 {number}이(가) 반쪽 줄 {text}을(를) 보내고, 서버가 그것을 읽고 나면 연결을 재설정합니다(RST)",
  "connect client {number}, which stays": "머물러 있을 클라이언트 {number}을(를) 연결합니다",
  "it accepts --idle-ms {ms} and listens": "--idle-ms {ms}을(를) 받아들이고 리슨합니다",
  "meanwhile your server read nothing more from the first client: its bytes still wait unread": "그동안 서버는 첫 클라이언트에게서 더 읽지 않았습니다. 그 바이트는 아직 읽히지 않은 채 기다립니다",
  "readOptions checks every value before it is used: --port a whole number from 0 to 65535, --idle-ms a whole number from 1 to 2147483647 (Node's timers fire at once past that). Throw an Error that names the option and quotes the bad value; main() prints it and exits with code 1. The limits themselves (1 and 2147483647) are good values.": "readOptions는 값을 쓰기 전에 모두 확인합니다. --port는 0부터 65535까지의 정수, --idle-ms는 1부터 2147483647까지의 정수입니다(그보다 크면 Node의 타이머가 곧바로 울립니다). 옵션 이름을 밝히고 잘못된 값을 인용하는 Error를 던지세요. main()이 그것을 출력하고 종료 코드 1로 끝납니다. 한계값 자체(1과 2147483647)는 올바른 값입니다.",
  "refuses a bad --port or --idle-ms with a message that names the option and the value, and accepts --idle-ms 1 and 2147483647": "잘못된 --port나 --idle-ms를 옵션 이름과 값을 밝히는 메시지로 거부하고, --idle-ms 1과 2147483647은 받아들입니다",
  "start your server with --port 0 --idle-ms {ms}, the limit": "한계값인 --idle-ms {ms}와(과) --port 0으로 서버를 시작합니다",
  "the kernel holds {before} bytes unread for your server before the other client, {after} after": "다른 클라이언트 전에는 커널에 서버가 읽지 않은 바이트가 {before}바이트, 뒤에는 {after}바이트 있습니다",
  "two clients that take turns (1, 2, 1, 1, 2) each get exactly their own answers, in order": "번갈아 말하는 두 클라이언트(1, 2, 1, 1, 2)가 저마다 정확히 자기 응답을 차례대로 받습니다",
  "your server closes client {number}'s connection without answering the half line": "서버가 반쪽 줄에 응답하지 않고 클라이언트 {number}의 연결을 닫습니다",
  "your server prints {what}": "서버가 {what}을(를) 출력합니다",
  "your server to print {what}": "서버가 {what}을(를) 출력하는 것",
  // ── exercise 07 ──
  "A datagram that is not from host:port, or whose number is not in the Map (late, duplicate), is ignored.": "host:port에서 오지 않았거나 번호가 Map에 없는(늦었거나 중복된) 데이터그램은 무시합니다.",
  "All {count} of your round trips are whole milliseconds ({rtts}): Date.now() counts only those. Measure with performance.now() and print three decimals.": "왕복 시간 {count}개가 모두 밀리초 단위의 정수입니다({rtts}). Date.now()는 정수 밀리초만 셉니다. performance.now()로 재고 소수점 아래 세 자리까지 출력하세요.",
  "Anyone can send a datagram to your port. In the \"message\" handler, look at the second argument (rinfo): accept only rinfo.address === host and rinfo.port === port. (socket.connect(port, host) makes the system do it for you.)": "누구든 여러분의 포트로 데이터그램을 보낼 수 있습니다. \"message\" 핸들러의 두 번째 인자(rinfo)를 보고, rinfo.address === host이고 rinfo.port === port인 것만 받으세요. (socket.connect(port, host)를 쓰면 운영체제가 대신 걸러 줍니다.)",
  "Datagram {n} carries the time {time}, but it left between {from} and {to}: TIME is Date.now() when the ping is sent.": "데이터그램 {n}에 담긴 시각은 {time}인데, 실제로는 {from}에서 {to} 사이에 보냈습니다. TIME은 핑을 보낼 때의 Date.now()입니다.",
  "Datagram {n} should read `{wanted}` (TIME a whole number, one space between, nothing after it).": "데이터그램 {n}의 내용은 `{wanted}`여야 합니다(TIME은 정수, 사이에 공백 하나, 뒤에는 아무것도 없음).",
  "Date.now() counts whole milliseconds, and a round trip on one machine takes a fraction of one. Take performance.now() as the ping leaves and as the reply arrives, and print the difference with three decimals.": "Date.now()는 정수 밀리초만 세는데, 한 컴퓨터 안의 왕복은 1밀리초도 걸리지 않습니다. 핑을 보낼 때와 응답이 도착할 때 performance.now()를 읽고, 그 차이를 소수점 아래 세 자리까지 출력하세요.",
  "Do not wait for one ping before sending the next: send one every intervalMs with setTimeout, and give each its own timeout timer.": "핑 하나의 응답을 기다린 뒤에 다음 핑을 보내지 마세요. setTimeout으로 intervalMs마다 하나씩 보내고, 핑마다 자기 타임아웃 타이머를 두세요.",
  "Give each ping the --timeout-ms you were given (setTimeout(…, timeoutMs)), not a fixed second: a slow server's reply is still a reply while the time lasts.": "핑마다 고정된 1초가 아니라 주어진 --timeout-ms를 주세요(setTimeout(…, timeoutMs)). 느린 서버의 응답도 시간 안에 오면 응답입니다.",
  "Keep the pings still waiting in a Map from sequence number to { sentAt, timer }: a reply looks itself up by the number it carries.": "아직 응답을 기다리는 핑을 시퀀스 번호에서 { sentAt, timer }로 가는 Map에 두세요. 응답은 자기가 담은 번호로 자기 핑을 찾습니다.",
  "Match a reply ignoring letter case (the textbook's server answers PING 1 …): /^ping (\\d+) /i. Print one line per ping with seq=N rtt=X ms, then sent= received= loss=% and min= avg= max= ms; then close the socket so the program ends.": "응답은 대소문자를 가리지 않고 맞춰 보세요(교재의 서버는 PING 1 …로 답합니다): /^ping (\\d+) /i. 핑마다 seq=N rtt=X ms가 든 줄을 하나씩 출력하고, 그다음 sent= received= loss=%와 min= avg= max= ms를 출력한 뒤, 프로그램이 끝나도록 소켓을 닫으세요.",
  "Measure with performance.now(): Date.now() counts whole milliseconds.": "performance.now()로 재세요. Date.now()는 정수 밀리초만 셉니다.",
  "Nothing answers: every ping times out, and then the program must end by itself. Clear every timer, close the socket, print the statistics and a sentence naming the port, and exit with code 1. With socket.connect, handle the \"error\" event (ECONNREFUSED).": "아무도 답하지 않으면 모든 핑의 시간이 초과되고, 그다음 프로그램은 스스로 끝나야 합니다. 타이머를 모두 지우고, 소켓을 닫고, 통계와 포트를 밝히는 문장을 출력한 뒤 종료 코드 1로 끝내세요. socket.connect를 썼다면 \"error\" 이벤트(ECONNREFUSED)를 처리하세요.",
  "Once a ping's timer has fired, that ping is over: remove it from the pings still waiting, and ignore its reply if it comes later. Match a reply to its ping by the sequence number in it, never by which ping is waiting now.": "핑의 타이머가 한 번 울리면 그 핑은 끝난 것입니다. 기다리는 핑 목록에서 지우고, 응답이 나중에 오면 무시하세요. 응답은 지금 어느 핑이 기다리는지가 아니라, 응답에 든 시퀀스 번호로 자기 핑과 맞추세요.",
  "Ping 2 left {gap} ms after ping 1 (by the times they carry), but --interval-ms was {ms}: wait the interval you are given between pings.": "핑에 담긴 시각으로 보면 핑 2는 핑 1보다 {gap} ms 뒤에 나갔지만, --interval-ms는 {ms}였습니다. 핑 사이에 주어진 간격만큼 기다리세요.",
  "Ping {seq} got no reply of its own in time, but your pinger printed a round trip for it: `{line}`.": "핑 {seq}에는 제시간에 자기 응답이 오지 않았는데, 핑어가 그 핑의 왕복 시간을 출력했습니다: `{line}`.",
  "Ping {seq} was answered, but your line for it shows no rtt=X ms: `{line}`. Was the reply taken for another ping, or not recognised as a reply?": "핑 {seq}에 응답이 왔는데, 그 핑의 줄에 rtt=X ms가 없습니다: `{line}`. 응답을 다른 핑의 것으로 여겼거나, 응답으로 알아보지 못한 것은 아닌가요?",
  "Replies may come back in another order than the pings left. Read N from the reply and compute the round trip from ping N's own send time: the oldest or newest ping still waiting is not necessarily the one answered.": "응답은 핑을 보낸 순서와 다르게 돌아올 수 있습니다. 응답에서 N을 읽고, 핑 N 자신을 보낸 시각으로 왕복 시간을 계산하세요. 기다리는 핑 중 가장 오래된 것이나 가장 최근 것이 응답받은 핑이라는 보장은 없습니다.",
  "Send exactly --count datagrams from one socket, each the text `Ping N TIME`: N from 1 up, TIME = Date.now() as it leaves, one space between. Nothing else: no newline, no extra datagram.": "소켓 하나에서 데이터그램을 정확히 --count개 보내세요. 내용은 각각 `Ping N TIME`입니다. N은 1부터, TIME은 보낼 때의 Date.now(), 사이에 공백 하나. 그 밖에는 아무것도 없습니다: 줄바꿈도, 남는 데이터그램도 없습니다.",
  "Send ping N+1 --interval-ms after ping N (setTimeout(sendNext, intervalMs)), not all at once in a loop and not after a fixed second.": "핑 N+1은 핑 N보다 --interval-ms 뒤에 보내세요(setTimeout(sendNext, intervalMs)). 반복문으로 한꺼번에 보내거나 고정된 1초 뒤에 보내면 안 됩니다.",
  "Send to the host given with --host (socket.send(text, port, host)), never a fixed \"127.0.0.1\"; and compare the replies' address with that host too.": "고정된 \"127.0.0.1\"이 아니라 --host로 주어진 호스트로 보내세요(socket.send(text, port, host)). 응답의 주소도 그 호스트와 비교하세요.",
  "Start from the textbook's pinger: a UDP socket, a loop of sends, a wait for each reply with a timeout. node:dgram's createSocket(\"udp4\") is the socket.": "교재의 핑어에서 시작하세요: UDP 소켓 하나, 보내기를 되풀이하는 반복, 응답마다 시간 제한을 둔 기다림. node:dgram의 createSocket(\"udp4\")가 그 소켓입니다.",
  "The server received {received} datagrams for --count {count}: send exactly one per ping.": "--count {count}에 대해 서버가 받은 데이터그램은 {received}개입니다. 핑 하나에 정확히 하나씩 보내세요.",
  "The server received {received} datagrams, but your pinger was run with --count {count}: send one ping for every count, to the host and port it is given.": "서버가 받은 데이터그램은 {received}개인데, 핑어는 --count {count} 옵션으로 실행되었습니다. 주어진 호스트와 포트로, count마다 핑을 하나씩 보내세요.",
  "UDP may deliver a datagram twice. The first copy answers the ping and removes it from the pings still waiting; the second finds nothing to answer and is ignored: no second line, no second count.": "UDP는 데이터그램 하나를 두 번 배달할 수 있습니다. 첫 사본이 핑에 답하고 그 핑을 기다리는 목록에서 지웁니다. 두 번째 사본은 답할 핑을 찾지 못하므로 무시합니다: 두 번째 줄도, 두 번째 셈도 없습니다.",
  "UDP pinger": "UDP 핑어",
  "UDP {bytes} ({size})": "UDP {bytes} ({size})",
  "UDP {route}": "UDP {route}",
  "When the last ping has left and the Map is empty, close the socket and print the statistics; no reply at all means no min/avg/max, and exit code 1.": "마지막 핑이 나가고 Map이 비면 소켓을 닫고 통계를 출력하세요. 응답이 하나도 없으면 min/avg/max도 없고, 종료 코드는 1입니다.",
  "With no reply at all there is no minimum or average: Math.min() of nothing is Infinity and 0 / 0 is NaN. Say there are no round-trip times instead, exit with code 1, and name the host and port that did not answer.": "응답이 하나도 없으면 최솟값도 평균도 없습니다. 빈 Math.min()은 Infinity이고 0 / 0은 NaN입니다. 대신 왕복 시간이 없다고 말하고, 종료 코드 1로 끝내며, 답하지 않은 호스트와 포트를 밝히세요.",
  "Your min/avg/max are not those of the round trips your pinger printed for the replies.": "min/avg/max가 핑어가 응답마다 출력한 왕복 시간과 맞지 않습니다.",
  "Your pinger crashed with a stack trace. Catch the error and print one clear sentence instead.": "핑어가 스택 트레이스를 남기고 멈췄습니다. 오류를 잡아서 대신 분명한 문장 하나를 출력하세요.",
  "Your pinger exited with code 0, but no reply came at all: set process.exitCode = 1, as ping does.": "응답이 하나도 오지 않았는데 핑어가 종료 코드 0으로 끝났습니다. ping 명령처럼 process.exitCode = 1로 정하세요.",
  "Your pinger exited with code {code}, but replies came: exit with 0.": "응답이 왔는데 핑어가 종료 코드 {code}(으)로 끝났습니다. 0으로 끝내세요.",
  "Your pinger printed a line for seq={seq}, but it sent pings 1 to {count} only.": "핑어가 seq={seq}의 줄을 출력했지만, 보낸 핑은 1부터 {count}까지뿐입니다.",
  "Your pinger printed no line with seq={seq}. Print one line for every ping: its round trip, or that it timed out.": "핑어가 seq={seq} 값이 든 줄을 출력하지 않았습니다. 핑마다 한 줄씩, 왕복 시간이나 시간이 초과되었다는 말을 출력하세요.",
  "Your pinger printed rtt={rtt} ms for ping {seq}, but the server held that reply back {held} ms: the round trip cannot be shorter. A reply was taken for the wrong ping: read N from the reply.": "핑어가 핑 {seq}에 rtt={rtt} ms를 출력했지만, 서버는 그 응답을 {held} ms 동안 붙잡아 두었습니다. 왕복 시간이 그보다 짧을 수는 없습니다. 응답을 엉뚱한 핑의 것으로 여겼습니다: 응답에서 N을 읽으세요.",
  "Your pinger printed {count} lines with seq={seq}: one ping gets one line, however many replies come for it.": "핑어가 seq={seq} 값이 든 줄을 {count}줄 출력했습니다. 응답이 몇 개 오든 핑 하나에는 한 줄입니다.",
  "Your pinger printed {word}. With no reply there is no minimum or average: say so instead of computing one from nothing.": "핑어가 {word}을(를) 출력했습니다. 응답이 없으면 최솟값도 평균도 없습니다. 없는 것에서 계산하지 말고 없다고 말하세요.",
  "Your pinger's statistics are missing sent=, received= or loss=…%: print them after the last ping, as the skeleton says.": "핑어의 통계에 sent=, received=, loss=…% 중 빠진 것이 있습니다. 뼈대 코드에 적힌 대로 마지막 핑 뒤에 출력하세요.",
  "Your pings came from {count} different ports: send them all from one socket, so every reply finds its way back.": "핑이 서로 다른 포트 {count}개에서 나왔습니다. 모든 응답이 돌아올 길을 찾도록, 소켓 하나에서 모두 보내세요.",
  "Your statistics are not those of this run: {sent} pings left, {received} of them were answered in time.": "통계가 이번 실행과 맞지 않습니다. 핑 {sent}개가 나갔고, 그중 {received}개가 제시간에 응답을 받았습니다.",
  "a UDP socket on {host}": "{host}의 UDP 소켓",
  "a bad value for {option}": "{option}의 잘못된 값",
  "a slow server": "느린 서버",
  "a stranger": "낯선 이",
  "a stranger has a UDP socket on {address}": "낯선 이가 {address}에 UDP 소켓을 엽니다",
  "answer held back until {why}": "응답을 붙잡아 둡니다: {why}",
  "answered twice": "두 번 답함",
  "counts a reply that arrives twice once": "두 번 도착한 응답을 한 번으로 셉니다",
  "counts exactly the pings a seeded lossy server dropped: 3 of 8, loss=37.5%": "시드로 정한 만큼 잃어버리는 서버가 버린 핑을 정확히 셉니다: 8개 중 3개, loss=37.5%",
  "datagram {n} from your program": "여러분의 프로그램이 보낸 데이터그램 {n}",
  "does not take ping 1's late reply, arriving while ping 2 waits, for ping 2's": "핑 2가 기다리는 동안 도착한 핑 1의 늦은 응답을 핑 2의 것으로 여기지 않습니다",
  "dropped (on purpose)": "버림(일부러)",
  "dropped ({why})": "버림({why})",
  "dropped: a stranger answers instead": "버림: 대신 낯선 이가 답합니다",
  "echo": "에코",
  "echo, in upper case": "에코, 대문자로",
  "ends by itself, with a message naming the port, when no server is there at all": "서버가 아예 없을 때, 포트를 밝히는 메시지를 남기고 스스로 끝납니다",
  "every datagram reads Ping N TIME: N is 1 to {count} in order, TIME is Date.now() as it left": "모든 데이터그램의 내용이 Ping N TIME입니다: N은 차례로 1부터 {count}까지, TIME은 보낼 때의 Date.now()",
  "every one, on purpose": "모두, 일부러",
  "find a UDP port where nothing listens": "아무것도 리슨하지 않는 UDP 포트를 찾습니다",
  "it exits with a non-zero code (no reply came)": "0이 아닌 종료 코드로 끝납니다(응답이 오지 않음)",
  "it exits with code 0 (some reply came)": "종료 코드 0으로 끝납니다(응답이 옴)",
  "it prints min= avg= max= ms matching the round trips it printed": "출력한 왕복 시간과 맞는 min= avg= max= ms를 출력합니다",
  "it prints no NaN, Infinity or undefined": "NaN, Infinity, undefined를 출력하지 않습니다",
  "it prints no stack trace": "스택 트레이스를 출력하지 않습니다",
  "it prints one line per ping with seq=N: rtt=… for {replies}, none for the others": "핑마다 seq=N이 든 줄을 하나씩 출력합니다: {replies}에는 rtt=…, 나머지에는 없음",
  "it prints sent={sent} received={received} loss={loss}%": "sent={sent} received={received} loss={loss}%를 출력합니다",
  "its last ping was answered": "마지막 핑이 응답을 받은 뒤",
  "its last ping was sent and given --timeout-ms": "마지막 핑을 보내고 --timeout-ms만큼 기다린 뒤",
  "its round trips are not all whole milliseconds": "왕복 시간이 모두 정수 밀리초는 아닙니다",
  "loss is (sent - received) / sent * 100: count each ping once, received or not, and print it rounded to one decimal (Number(x.toFixed(1))). A ping whose timer fired gets a line with seq=N and no rtt=.": "손실은 (sent - received) / sent * 100입니다. 응답을 받았든 못 받았든 핑마다 한 번씩 세고, 소수점 아래 한 자리로 반올림해 출력하세요(Number(x.toFixed(1))). 타이머가 울린 핑의 줄에는 seq=N만 있고 rtt=는 없습니다.",
  "matches replies that come back out of order to their pings by sequence number": "순서가 바뀌어 돌아온 응답을 시퀀스 번호로 자기 핑과 맞춥니다",
  "measures round trips finer than a millisecond": "1밀리초보다 잘게 왕복 시간을 잽니다",
  "no ping": "어느 핑에도 없음",
  "on purpose": "일부러",
  "ping 1's reply went out {ms} ms after ping 2 arrived, while ping 2 still had its --timeout-ms to wait": "핑 1의 응답은 핑 2가 도착하고 {ms} ms 뒤, 핑 2가 아직 --timeout-ms 안에서 기다리는 동안 나갔습니다",
  "ping 3 arrived and was answered, and {ms} ms more": "핑 3이 도착해 응답을 받고 {ms}밀리초가 더 지날 때까지",
  "pinging a port where nothing listens": "아무것도 리슨하지 않는 포트에 핑하기",
  "pings the address given with --host": "--host로 주어진 주소에 핑합니다",
  "prints a round trip for each reply of an upper-case echo server, then the statistics": "대문자로 답하는 에코 서버의 응답마다 왕복 시간을 출력하고, 그다음 통계를 출력합니다",
  "prints statistics without NaN when the server drops every ping, and exits with an error code": "서버가 핑을 모두 버리면 NaN 없는 통계를 출력하고, 오류를 뜻하는 종료 코드로 끝납니다",
  "readOptions refuses --count 0, a negative --interval-ms, --timeout-ms 0, a --port outside 1 to 65535 and a --host that is not an IP address, each with a sentence that names the option; main() prints it and exits with code 1. If you changed readOptions, keep those checks.": "readOptions는 --count 0, 음수 --interval-ms, --timeout-ms 0, 1부터 65535 밖의 --port, IP 주소가 아닌 --host를 옵션 이름을 밝히는 문장과 함께 거부합니다. main()이 그 문장을 출력하고 종료 코드 1로 끝냅니다. readOptions를 고쳤다면 이 확인들을 남겨 두세요.",
  "run your pinger with {args}": "핑어를 {args} 옵션으로 실행합니다",
  "seeded": "시드로 정함",
  "sends --count datagrams, Ping N TIME, numbered from 1, from one socket": "소켓 하나에서 1부터 번호를 매긴 데이터그램 Ping N TIME을 --count개 보냅니다",
  "sends ping 2 --interval-ms after ping 1 (1300 ms, longer than the default)": "핑 2를 핑 1보다 --interval-ms 뒤에 보냅니다(기본값보다 긴 1300 ms)",
  "start a UDP echo server": "UDP 에코 서버를 시작합니다",
  "start a UDP echo server on {host}": "{host}에서 UDP 에코 서버를 시작합니다",
  "start a UDP echo server that answers in upper case, as the textbook's does": "교재의 서버처럼 대문자로 답하는 UDP 에코 서버를 시작합니다",
  "start a UDP echo server that answers ping 1 only after your pinger gave it up, drops ping 2, and answers ping 3": "핑어가 핑 1을 포기한 뒤에야 핑 1에 답하고, 핑 2는 버리고, 핑 3에는 답하는 UDP 에코 서버를 시작합니다",
  "start a UDP echo server that answers pings 2 and 3 at once, and ping 1 after them": "핑 2와 3에는 바로 답하고, 핑 1에는 그 뒤에 답하는 UDP 에코 서버를 시작합니다",
  "start a UDP echo server that drops 3 of the 8 pings, chosen by its seed": "핑 8개 중 시드로 고른 3개를 버리는 UDP 에코 서버를 시작합니다",
  "start a UDP echo server that holds its reply back {ms} ms": "응답을 {ms} ms 동안 붙잡아 두는 UDP 에코 서버를 시작합니다",
  "start a UDP echo server that sends every reply twice": "응답마다 두 번씩 보내는 UDP 에코 서버를 시작합니다",
  "start a UDP server that drops every datagram": "데이터그램을 모두 버리는 UDP 서버를 시작합니다",
  "the TIME of ping 2 is at least {ms} ms after ping 1's": "핑 2의 TIME이 핑 1의 TIME보다 {ms} ms 이상 뒤입니다",
  "the UDP socket failed: {error}": "UDP 소켓에 문제가 생겼습니다: {error}",
  "the machine was too slow to send ping 1's late reply while ping 2 was still waiting; grade again": "컴퓨터가 너무 느려서, 핑 2가 아직 기다리는 동안 핑 1의 늦은 응답을 보내지 못했습니다. 다시 채점하세요",
  "the round trip of each ping is at least the time the server held its reply": "핑마다 왕복 시간이 서버가 응답을 붙잡아 둔 시간 이상입니다",
  "the seed picked pings {numbers} to drop": "시드가 버릴 핑으로 {numbers}번을 골랐습니다",
  "the server received {count} datagrams from your pinger": "서버가 핑어에게서 데이터그램 {count}개를 받았습니다",
  "the stranger's copy of the echo, from another port": "다른 포트에서 보낸, 낯선 이의 에코 사본",
  "the {name} listens for UDP datagrams on {address}; its script is seeded with {seed} (LAB_SEED={seed} replays it)": "{name}: {address}에서 UDP 데이터그램을 리슨합니다. 각본의 시드는 {seed}입니다(LAB_SEED={seed} 값으로 똑같이 재현합니다)",
  "wait for your {count} pings to arrive": "핑 {count}개가 도착하기를 기다립니다",
  "waits --timeout-ms for a reply: a reply held back 1.3 s still counts with --timeout-ms 4000": "응답을 --timeout-ms만큼 기다립니다: --timeout-ms 4000이면 1.3초 붙잡아 둔 응답도 셉니다",
  "your line for ping 1": "핑 1에 대한 줄",
  "your pinger gave ping 1 up": "핑어가 핑 1을 포기할 때까지",
  "{echo}, held back {ms} ms ({why})": "{echo}, {ms} ms 동안 붙잡아 둠({why})",
  "{fate}, copy {copy} of 2 (sent twice)": "{fate}, 사본 2개 중 {copy}번째(두 번 보냄)",
  "Your pinger printed rtt={rtt} ms for ping {seq}, but that ping left (by its TIME) only {ms} ms before your program ended. The round trip is the time of the reply minus the time the ping left.": "핑어가 핑 {seq}에 rtt={rtt} ms를 출력했지만, 그 핑은 (담긴 TIME으로 보면) 프로그램이 끝나기 겨우 {ms} ms 전에 나갔습니다. 왕복 시간은 응답이 온 시각에서 핑이 나간 시각을 뺀 값입니다.",
  "ignores datagrams that look like replies but come from another port or another address": "응답처럼 보이지만 다른 포트나 다른 주소에서 온 데이터그램을 무시합니다",
  "no round trip is longer than from its ping's TIME to the end of the program": "어느 왕복 시간도 그 핑의 TIME부터 프로그램이 끝날 때까지보다 길지 않습니다",
  "start a UDP echo server that lets a stranger answer ping 2 from another port, and ping 3 from another address": "낯선 이가 핑 2에는 다른 포트에서, 핑 3에는 다른 주소에서 답하게 하는 UDP 에코 서버를 시작합니다",
  "the stranger's copy of the echo, from another address": "다른 주소에서 보낸, 낯선 이의 에코 사본",
  "this machine has no other IPv4 loopback address: both strangers use another port": "이 컴퓨터에는 다른 IPv4 루프백 주소가 없습니다. 두 낯선 이 모두 다른 포트를 씁니다",
  "refuses --count 0, --interval-ms -1, --timeout-ms 0, --port 0 or 70000 and --host localhost with a message that names the option, and accepts --port 1 and 65535": "--count 0, --interval-ms -1, --timeout-ms 0, --port 0이나 70000, --host localhost를 옵션 이름을 밝히는 메시지와 함께 거부하고, --port 1과 65535는 받아들입니다",
  "start a UDP server that drops every datagram on port {port}, if it is free": "포트 {port}이(가) 비어 있으면, 거기서 데이터그램을 모두 버리는 UDP 서버를 시작합니다",
  "port {port} is not free here (or needs more rights): its boundary is not tried": "이 컴퓨터에서는 포트 {port}을(를) 쓸 수 없습니다(이미 쓰이고 있거나 권한이 더 필요합니다). 이 경계는 시험하지 않습니다",
  "it accepts --port {port} and pings it": "--port {port}을(를) 받아들이고 그 포트에 핑합니다",
  "Your pinger sent nothing to --port {port}, though ports go from 1 to 65535: allow both ends.": "포트는 1부터 65535까지인데, 핑어가 --port {port}(으)로 아무것도 보내지 않았습니다. 양 끝 값도 허용하세요.",
  "the grader answered ping {seq} late (a busy machine): a reply or a timeout are both right for it": "채점기가 핑 {seq}에 늦게 응답했습니다(바쁜 머신): 이 핑에는 응답도, 시간 초과도 모두 맞습니다",
  "port {port} to be free": "포트 {port}이(가) 비는 것",
  "{file} uses {name}, which is not allowed here: {why}. Write that part yourself with node:net.":
    "{file}이(가) {name}을(를) 사용하는데, 여기서는 허용되지 않습니다: {why}. 그 부분을 node:net으로 직접 작성하세요.",
  // ── 08 08-http-client ──
  "204 and 304 (and every 1xx) never have a body, whatever Content-Length says: bodyLength returns { kind: \"none\" } for them first.": "204와 304(그리고 모든 1xx)에는 Content-Length가 무엇이라고 하든 본문이 없습니다. bodyLength는 이들에 대해 먼저 { kind: \"none\" }을 반환합니다.",
  "A chunked body is size lines in hex, data, CRLF, until a chunk of size 0, then trailers up to a blank line.": "청크 인코딩 본문은 16진수 크기 줄, 데이터, CRLF가 크기 0인 청크가 나올 때까지 이어지고, 그다음 빈 줄까지 트레일러가 옵니다.",
  "A line of your request ends with a bare \\n: HTTP ends every line with \\r\\n.": "요청의 한 줄이 \\r 없이 \\n만으로 끝납니다. HTTP는 모든 줄을 \\r\\n으로 끝냅니다.",
  "A response with Connection: close (or HTTP/1.0 without keep-alive) is the last on its connection: destroy the socket, and do not put it in this.idle.": "Connection: close가 있는(또는 keep-alive가 없는 HTTP/1.0) 응답은 그 연결의 마지막 응답입니다. 소켓을 destroy하고, this.idle에 넣지 마세요.",
  "A size line is hex (parseInt(text, 16), upper case too) and may carry \";ext=1\": take what comes before \";\". Read the CRLF after each chunk's data, and after the 0 chunk read trailer lines up to the blank line.": "크기 줄은 16진수이고(parseInt(text, 16), 대문자도), \";ext=1\"이 붙을 수 있습니다. \";\" 앞의 것을 가져가세요. 청크마다 데이터 뒤의 CRLF를 읽고, 0 청크 뒤에는 빈 줄까지 트레일러 줄을 읽으세요.",
  "Connect to url.hostname without its brackets (\"[::1]\" is \"::1\" for connect), on url.port or 80, and send url.host, brackets and port included, as Host.": "url.hostname에서 대괄호를 떼고 연결하세요(connect에는 \"[::1]\"이 아니라 \"::1\"입니다). 포트는 url.port 또는 80입니다. Host로는 대괄호와 포트까지 포함한 url.host를 보내세요.",
  "Content-Length counts bytes: readExactly(length) on the Buffer, never a decoded string, and keep every byte after the body in the buffer: it is the start of the next response. Print the body with process.stdout.write(buffer), not as text.": "Content-Length는 바이트를 셉니다. 디코딩한 문자열이 아니라 Buffer에서 readExactly(length)로 읽고, 본문 뒤의 바이트는 모두 버퍼에 남겨 두세요. 그것이 다음 응답의 시작입니다. 본문은 텍스트가 아니라 process.stdout.write(buffer)로 출력하세요.",
  "Count the redirects you follow. When the count reaches --max-redirects and another redirect comes, stop with an error that says so: a loop never ends by itself.": "따라간 리디렉션을 세세요. 그 수가 --max-redirects에 이르렀는데 리디렉션이 또 오면, 그렇다고 말하는 오류로 멈추세요. 루프는 저절로 끝나지 않습니다.",
  "Follow redirects with new URL(location, url) and count them; stop past --max-redirects.": "new URL(location, url)로 리디렉션을 따라가고 그 수를 세세요. --max-redirects를 넘으면 멈추세요.",
  "For 301, 302, 303, 307 and 308 with a Location, ask again for new URL(location, url): a relative Location is resolved against the URL you asked, like a link in a page.": "Location이 있는 301, 302, 303, 307, 308이면 new URL(location, url)을 다시 요청하세요. 상대 Location은 페이지 안의 링크처럼, 여러분이 요청한 URL을 기준으로 해석됩니다.",
  "HTTP client": "HTTP 클라이언트",
  "Handle the socket's \"error\" event: ECONNREFUSED means nothing listens there. Reject with a sentence naming the host and port; main() prints it and sets process.exitCode = 1.": "소켓의 \"error\" 이벤트를 처리하세요. ECONNREFUSED는 그곳에서 리슨하는 것이 없다는 뜻입니다. 호스트와 포트를 밝히는 문장으로 reject하세요. main()이 그것을 출력하고 process.exitCode = 1로 설정합니다.",
  "Header names are case-insensitive: look them up in lower case (headers[\"content-length\"] after name.toLowerCase()), never as Content-Length only.": "헤더 이름은 대소문자를 가리지 않습니다. 소문자로 찾으세요(name.toLowerCase() 뒤에 headers[\"content-length\"]). Content-Length로만 찾으면 안 됩니다.",
  "In bodyLength, look at Transfer-Encoding before Content-Length: when the body is chunked, a Content-Length beside it is ignored (RFC 9112, 6.3).": "bodyLength에서는 Content-Length보다 Transfer-Encoding을 먼저 보세요. 본문이 청크 인코딩이면 함께 온 Content-Length는 무시합니다(RFC 9112, 6.3).",
  "Keep every header in rawHeaders, in order and as named, a header sent twice (Set-Cookie) twice. formatResponse prints the status line, `${name}: ${value}` per header, each with \\r\\n, one more \\r\\n, then the body's bytes. A 404 is an answer too: print it and exit with code 0.": "rawHeaders에 모든 헤더를 받은 순서와 이름 그대로 두세요. 두 번 온 헤더(Set-Cookie)는 두 번 둡니다. formatResponse는 상태 줄, 헤더마다 `${name}: ${value}`를 출력하고 줄마다 \\r\\n을 붙인 뒤, \\r\\n을 하나 더 쓰고 본문의 바이트를 출력합니다. 404도 응답입니다. 출력하고 코드 0으로 종료하세요.",
  "Keep the connection after a complete response, unless Connection: close or the body ended with the close; reuse it for the same host.": "응답을 다 받으면 연결을 들고 있으세요. Connection: close이거나 본문이 연결이 닫히면서 끝났으면 예외입니다. 같은 호스트에는 그 연결을 다시 쓰세요.",
  "Keep the connection in this.idle under url.host once a response is complete, and take it from there for the next request to the same host: HTTP/1.1 keeps connections alive unless told otherwise.": "응답을 다 받으면 연결을 this.idle에 url.host를 키로 두고, 같은 호스트로 가는 다음 요청은 거기서 꺼내 쓰세요. HTTP/1.1은 달리 말하지 않는 한 연결을 유지합니다.",
  "No Content-Length and no chunked: the body is everything until the server closes (readToEnd). Such a connection cannot carry another request: open a new one.": "Content-Length도 청크 인코딩도 없으면, 본문은 서버가 연결을 닫을 때까지 오는 모든 것입니다(readToEnd). 그런 연결로는 다른 요청을 보낼 수 없습니다. 새 연결을 여세요.",
  "One \"data\" event is not one response. readLine waits (await this.more()) until a \"\\n\" is in the buffer, and keeps what follows it for the next read.": "\"data\" 이벤트 한 번이 응답 하나가 아닙니다. readLine은 버퍼에 \"\\n\"이 들어올 때까지 기다리고(await this.more()), 그 뒤에 오는 것은 다음 읽기를 위해 남겨 둡니다.",
  "Resolve a Location against the URL you asked for: new URL(location, url). A relative \"other\" replaces the last part of the path only.": "Location은 여러분이 요청한 URL을 기준으로 해석하세요: new URL(location, url). 상대 경로 \"other\"는 경로의 마지막 부분만 바꿉니다.",
  "Send the request once more on a new connection, and only once.": "새 연결에서 요청을 한 번 더 보내세요. 딱 한 번만입니다.",
  "Start with the request: formatRequest is one template string. Then read the answer with the ByteReader, a line at a time.": "요청부터 시작하세요. formatRequest는 템플릿 문자열 하나입니다. 그다음 ByteReader로 응답을 한 줄씩 읽으세요.",
  "The Host header is the URL's host part as written, with the port; an IPv6 address keeps its brackets.": "Host 헤더는 URL의 호스트 부분을 쓰인 그대로, 포트와 함께 담습니다. IPv6 주소는 대괄호를 그대로 둡니다.",
  "The Host header names the server as the URL does: its name and, unless it is 80, its port.": "Host 헤더는 URL처럼 서버를 밝힙니다. 이름과, 포트가 80이 아니면 포트 번호까지 씁니다.",
  "The request line is the method, the target (the path and the query, not the whole URL), and HTTP/1.1, separated by single spaces.": "요청 줄은 메서드, 대상(URL 전체가 아니라 경로와 쿼리), HTTP/1.1을 공백 하나씩으로 구분한 것입니다.",
  "With --head, ask with the method HEAD; your client sent: {requests}.": "--head를 주면 메서드 HEAD로 요청하세요. 클라이언트가 보낸 것: {requests}.",
  "With --head, send the method HEAD; its answer carries the headers a GET would get, Content-Length included, but no body: read none.": "--head를 주면 메서드 HEAD를 보내세요. 그 응답에는 GET이 받을 헤더가 Content-Length까지 들어 있지만 본문은 없습니다. 본문을 읽지 마세요.",
  "Your client did not print the responses exactly as the server sent them (with a chunked body joined).": "클라이언트가 응답을 서버가 보낸 그대로 출력하지 않았습니다(청크 인코딩 본문은 이어 붙여서).",
  "Your client opened {count} connections for three requests to one server ({requests}). HTTP/1.1 keeps a connection alive: send the next request on it.": "클라이언트가 한 서버로 가는 요청 세 개에 연결을 {count}개 열었습니다({requests}). HTTP/1.1은 연결을 유지합니다. 다음 요청은 그 연결로 보내세요.",
  "Your client sent a request on a connection the server had closed.": "클라이언트가 서버가 닫은 연결로 요청을 보냈습니다.",
  "Your client sent another request on a connection after the server had said Connection: close ({requests}). Close it, and open a new one.": "서버가 Connection: close라고 말한 뒤에도 클라이언트가 그 연결로 다른 요청을 보냈습니다({requests}). 그 연결은 닫고 새 연결을 여세요.",
  "Your client sent bytes after the blank line that ends the head: a GET has no body, and an extra CRLF would be read as the start of the next request.": "클라이언트가 헤드를 끝내는 빈 줄 뒤에 바이트를 보냈습니다. GET에는 본문이 없고, 남는 CRLF는 다음 요청의 시작으로 읽힙니다.",
  "Your client sent the request {count} times to a server that closes without answering. Retry only a reused connection, and only once.": "클라이언트가 응답 없이 연결을 닫는 서버에 요청을 {count}번 보냈습니다. 다시 쓴 연결에서만, 그것도 한 번만 다시 시도하세요.",
  "Your client {how} and printed nothing; what it said: {output}": "클라이언트가 {how}. 아무것도 출력하지 않았고, 남긴 말은 이렇습니다: {output}",
  "Your request has no Host header: HTTP/1.1 requires one, and a server answers 400 without it.": "요청에 Host 헤더가 없습니다. HTTP/1.1은 Host를 요구하고, 서버는 그것이 없으면 400으로 응답합니다.",
  "Your request never ended its head with a blank line (\\r\\n\\r\\n): the server waits for it before it answers.": "요청이 헤드를 빈 줄(\\r\\n\\r\\n)로 끝내지 않았습니다. 서버는 그 빈 줄을 기다린 뒤에 응답합니다.",
  "a Content-Length that is not a number": "숫자가 아닌 Content-Length",
  "a redirect loop": "리디렉션 루프",
  "a reset in the middle of the body": "본문 중간의 재설정",
  "a server that closed without answering": "응답 없이 연결을 닫은 서버",
  "after a response with Connection: close, sends the next request on a new connection": "Connection: close가 있는 응답 뒤에는 다음 요청을 새 연결로 보냅니다",
  "all three went on one connection": "세 요청이 모두 연결 하나로 갔습니다",
  "an answer that is not HTTP": "HTTP가 아닌 응답",
  "bad input: {args}": "잘못된 입력({args})",
  "bodyLength decides how the body ends: none (HEAD, 204, 304), chunked, Content-Length bytes, or the close, in that order.": "bodyLength가 본문이 어떻게 끝나는지 정합니다. 차례대로 없음(HEAD, 204, 304), 청크 인코딩, Content-Length만큼의 바이트, 또는 연결이 닫힐 때까지입니다.",
  "both requests were HEAD": "두 요청 모두 HEAD였습니다",
  "connects to the host and port the URL names, an IPv6 address in brackets too": "URL이 가리키는 호스트와 포트에 연결합니다. 대괄호 안의 IPv6 주소도 마찬가지입니다",
  "decodes chunks with upper-case hex sizes, an extension and trailers, cut inside the size line, the CRLF and the data": "대문자 16진수 크기, 확장, 트레일러가 있는 청크를 크기 줄, CRLF, 데이터 안에서 잘려 와도 디코딩합니다",
  "explains a refused connection, naming the port, with an error code": "거부된 연결을 포트 번호를 밝혀 설명하고 오류 코드로 종료합니다",
  "finds Content-Length whatever its case, in a head cut in the middle of that header": "대소문자가 어떻든 Content-Length를 찾습니다. 그 헤더 한가운데서 잘린 헤드에서도 마찬가지입니다",
  "follows 301, 302 and 307, with an absolute and relative Location, up to --max-redirects 3": "절대 Location과 상대 Location이 있는 301, 302, 307을 --max-redirects 3까지 따라갑니다",
  "formatRequest returns `GET ${url.pathname}${url.search} HTTP/1.1\\r\\nHost: ${url.host}\\r\\n\\r\\n` (other headers may sit between). The target is the path and query, not the whole URL; url.host carries the port; every line ends in \\r\\n; nothing follows the blank line.": "formatRequest는 `GET ${url.pathname}${url.search} HTTP/1.1\\r\\nHost: ${url.host}\\r\\n\\r\\n`을 반환합니다(사이에 다른 헤더가 있어도 됩니다). 대상은 URL 전체가 아니라 경로와 쿼리입니다. url.host에는 포트가 들어 있고, 모든 줄은 \\r\\n으로 끝나며, 빈 줄 뒤에는 아무것도 없습니다.",
  "it asked at most twice": "많아야 두 번 요청했습니다",
  "it asked for /a/start, /b/page, /b/other?from=b and /c/final": "/a/start, /b/page, /b/other?from=b, /c/final을 차례로 요청했습니다",
  "it prints each response as curl -i does: status line, headers, blank line, body bytes": "응답마다 curl -i처럼 출력합니다: 상태 줄, 헤더, 빈 줄, 본문 바이트",
  "its Host header is {host}": "Host 헤더가 {host}입니다",
  "no arguments": "인자 없음",
  "none": "없음",
  "readHead: the status line first, then Name: value lines until an empty one. Store names in lower case for lookups.": "readHead: 먼저 상태 줄, 그다음 빈 줄이 나올 때까지 Name: value 줄을 읽습니다. 찾아보기 쉽도록 이름은 소문자로 저장하세요.",
  "readLine looks for \"\\n\" in the bytes it holds, and waits for more until one comes: a line may arrive one byte at a time.": "readLine은 가진 바이트에서 \"\\n\"을 찾고, 나올 때까지 더 기다립니다. 한 줄이 한 바이트씩 도착할 수도 있습니다.",
  "reads a status line and headers that arrive one byte at a time": "한 바이트씩 도착하는 상태 줄과 헤더를 읽습니다",
  "reads an HTTP/1.0 body without a length until the server closes, then uses a new connection": "길이가 없는 HTTP/1.0 본문을 서버가 연결을 닫을 때까지 읽고, 그다음 새 연결을 씁니다",
  "reads exactly Content-Length bytes of a binary body (all 256 byte values), and not one byte of the next response": "이진 본문(256가지 바이트 값 전부)을 정확히 Content-Length 바이트만큼 읽고, 다음 응답은 한 바이트도 읽지 않습니다",
  "reads no body after a 204 or a 304, even with a Content-Length, and goes on to the next response": "204나 304 뒤에는 Content-Length가 있어도 본문을 읽지 않고 다음 응답으로 넘어갑니다",
  "sends the request line with the path and query, Host with the port, CRLF line ends, a blank line, and nothing after": "경로와 쿼리가 든 요청 줄, 포트가 든 Host, CRLF 줄 끝, 빈 줄을 보내고, 그 뒤에는 아무것도 보내지 않습니다",
  "sends three requests to one server on one kept-alive connection": "한 서버로 가는 요청 세 개를 연결 유지된 연결 하나로 보냅니다",
  "start a scripted HTTP/1.0 server that ends each body by closing the connection": "본문마다 연결을 닫아서 끝내는 각본 있는 HTTP/1.0 서버를 시작합니다",
  "start a scripted web server": "각본 있는 웹 서버를 시작합니다",
  "start a scripted web server on {host}": "{host}에서 각본 있는 웹 서버를 시작합니다",
  "start a scripted web server that answers Connection: close": "Connection: close로 응답하는 각본 있는 웹 서버를 시작합니다",
  "start a scripted web server that answers HEAD with the headers of the page only": "HEAD에는 페이지의 헤더만 보내는 각본 있는 웹 서버를 시작합니다",
  "start a scripted web server that closes a kept-alive connection when its second request arrives": "연결 유지된 연결에 두 번째 요청이 도착하면 그 연결을 닫는 각본 있는 웹 서버를 시작합니다",
  "start a scripted web server that keeps connections alive": "연결을 유지하는 각본 있는 웹 서버를 시작합니다",
  "start a scripted web server that never answers": "끝내 응답하지 않는 각본 있는 웹 서버를 시작합니다",
  "start a scripted web server that reads each request and closes without answering": "요청마다 읽기만 하고 응답 없이 연결을 닫는 각본 있는 웹 서버를 시작합니다",
  "start a scripted web server that sends 40 of 100 body bytes, waits until you have read them, then resets": "본문 100바이트 중 40바이트를 보내고, 여러분이 그것을 읽을 때까지 기다린 다음 연결을 재설정하는 각본 있는 웹 서버를 시작합니다",
  "start a scripted web server that sends a chunked body in pieces cut where parsers break": "파서가 깨지는 곳에서 조각으로 잘린 청크 인코딩 본문을 보내는 각본 있는 웹 서버를 시작합니다",
  "start a scripted web server that sends both Content-Length: 3 and a chunked body": "Content-Length: 3과 청크 인코딩 본문을 함께 보내는 각본 있는 웹 서버를 시작합니다",
  "start a scripted web server that sends the head one byte per write": "헤드를 쓰기 한 번에 한 바이트씩 보내는 각본 있는 웹 서버를 시작합니다",
  "start a scripted web server that sends the next response in the same write as the binary body": "이진 본문과 같은 쓰기에 다음 응답까지 보내는 각본 있는 웹 서버를 시작합니다",
  "start a scripted web server that writes content-LENGTH in two pieces, cut inside its name": "content-LENGTH를 이름 안에서 잘라 두 조각으로 쓰는 각본 있는 웹 서버를 시작합니다",
  "start a scripted web server whose two pages redirect to each other": "두 페이지가 서로에게 리디렉션하는 각본 있는 웹 서버를 시작합니다",
  "start a scripted web server with a chain of three redirects": "리디렉션 세 번이 이어지는 각본 있는 웹 서버를 시작합니다",
  "start a server that answers {bytes} and closes": "{bytes}(으)로 응답하고 연결을 닫는 서버를 시작합니다",
  "takes Transfer-Encoding: chunked over a Content-Length sent beside it": "Content-Length가 함께 와도 Transfer-Encoding: chunked를 따릅니다",
  "the next request on this connection": "이 연결의 다음 요청",
  "the problem": "문제",
  "the request is GET {path} HTTP/1.1, with Host 127.0.0.1:{port}, each line ending in CRLF": "요청이 GET {path} HTTP/1.1이고, Host는 127.0.0.1:{port}이며, 줄마다 CRLF로 끝납니다",
  "the request went again on one new connection": "요청이 새 연결 하나로 다시 갔습니다",
  "the scripted server to answer {count} requests": "각본 있는 서버가 요청 {count}개에 응답하기",
  "the second request went on a new connection": "두 번째 요청이 새 연결로 갔습니다",
  "the server sent its last answer": "서버의 마지막 응답",
  "wait until the server has read the request": "서버가 요청을 읽을 때까지 기다립니다",
  "wait until the server has sent its last answer": "서버가 마지막 응답을 보낼 때까지 기다립니다",
  "wait until your client has closed its connection": "클라이언트가 연결을 닫을 때까지 기다립니다",
  "with --head, sends HEAD and reads no body although Content-Length announces one": "--head를 주면 HEAD를 보내고, Content-Length가 본문이 있다고 알려도 본문을 읽지 않습니다",
  "your client to close": "클라이언트가 연결을 닫기",
  "your client to close, or to send another request": "클라이언트가 연결을 닫거나 다른 요청을 보내기",
  "{count} on connection {number}": "연결 {number}에 {count}개",
  "A kept-alive connection may be closed (an \"end\") or reset (ECONNRESET) by the server just as you reuse it. If not one byte of the response came, send the request again on a new connection, once; a new connection that closes without answering is an error.": "연결 유지된 연결은 여러분이 다시 쓰려는 바로 그때 서버가 닫거나(\"end\") 재설정할(ECONNRESET) 수 있습니다. 응답이 한 바이트도 오지 않았다면 새 연결에서 요청을 한 번 더 보내세요. 새 연결이 응답 없이 닫히면 그것은 오류입니다.",
  "A new connection that ends before the first byte of a response is an error: say that the server (host and port) closed without answering, and exit with code 1. Only a reused kept-alive connection earns a second try.": "새 연결이 응답의 첫 바이트가 오기 전에 끝나면 오류입니다. 서버(호스트와 포트)가 응답 없이 연결을 닫았다고 말하고 코드 1로 종료하세요. 다시 쓴 연결 유지 연결만 한 번 더 시도할 수 있습니다.",
  "ECONNRESET, or an \"end\" before Content-Length bytes came, means the body is incomplete: reject with a sentence naming the server, never print the part that came as if it were all of it.": "ECONNRESET이나, Content-Length만큼의 바이트가 오기 전의 \"end\"는 본문이 완전하지 않다는 뜻입니다. 서버를 밝히는 문장으로 reject하고, 받은 부분을 전체인 것처럼 출력하지 마세요.",
  "With --max-redirects {count}, follow {count} redirects and stop at the next one.": "--max-redirects {count}이면 리디렉션을 {count}번 따라가고 그다음 리디렉션에서 멈추세요.",
  "Your client never connected with --timeout-ms 1. The smallest legal value is 1 ms: refuse only 0 and below.": "--timeout-ms 1로는 클라이언트가 한 번도 연결하지 않았습니다. 가장 작은 올바른 값은 1밀리초입니다. 0 이하만 거부하세요.",
  "a close in the middle of the body": "본문 중간에 닫힌 연결",
  "a header line without a name": "이름이 없는 헤더 줄",
  "a negative Content-Length": "음수인 Content-Length",
  "a silent server, with --timeout-ms 1": "--timeout-ms 1로 만난 말 없는 서버",
  "body is the body's bytes as they came, a Buffer, never decoded as text.": "body는 도착한 그대로의 본문 바이트(Buffer)입니다. 텍스트로 디코딩하지 마세요.",
  "call get({url}) from your http.ts": "여러분의 http.ts에서 get({url})을 호출합니다",
  "get() closed its connection once it had the answer": "get()은 응답을 받으면 연결을 닫았습니다",
  "get() returned but left its connection open. It fetches one URL: close the connection when it has the answer (in a finally), or a program that calls it never ends.": "get()이 반환했지만 연결을 열어 둔 채입니다. get()은 URL 하나를 가져옵니다. 응답을 받으면 (finally 안에서) 연결을 닫으세요. 그러지 않으면 get()을 부르는 프로그램이 끝나지 않습니다.",
  "get() threw instead of returning the response: {error}": "get()이 응답을 반환하는 대신 오류를 던졌습니다: {error}",
  "get() to close its connection": "get()이 연결을 닫기",
  "get(url, options) is the one-shot form: make an HttpClient, await its get, and close it in a finally, so the connection ends even when the request fails. The response's headers are keyed in lower case and its body is a Buffer.": "get(url, options)는 한 번 쓰고 끝내는 형태입니다. HttpClient를 만들어 그 get을 await하고, finally에서 close하세요. 그래야 요청이 실패해도 연결이 끝납니다. 응답의 headers는 소문자 이름을 키로 쓰고, body는 Buffer입니다.",
  "gives up on a redirect loop after --max-redirects 2, and at once with --max-redirects 0, with a message and an error code": "리디렉션 순환을 --max-redirects 2이면 두 번 뒤에, --max-redirects 0이면 곧바로, 메시지와 오류 코드로 포기합니다",
  "gives up on a server that reads the request and never answers, after --timeout-ms, naming it; --timeout-ms 1 is accepted": "요청을 읽고 끝내 응답하지 않는 서버를 --timeout-ms가 지나면 그 서버를 밝히며 포기합니다. --timeout-ms 1도 받아들입니다",
  "headers holds every header under its name in lower case: headers[\"x-lab\"] for X-Lab.": "headers는 모든 헤더를 소문자 이름 아래에 둡니다. X-Lab은 headers[\"x-lab\"]입니다.",
  "it followed exactly {count} redirects": "리디렉션을 정확히 {count}번 따라갔습니다",
  "it resolves with status 200, headers[\"x-lab\"] \"kept\" and the 256 bytes of the body": "status 200, headers[\"x-lab\"] \"kept\", 본문 256바이트로 resolve합니다",
  "prints the status line, every header byte for byte as it came, a blank line and the body, for a 404 and a 302 without Location too": "상태 줄, 도착한 그대로 바이트 하나하나까지의 모든 헤더, 빈 줄, 본문을 출력합니다. 404와 Location 없는 302도 마찬가지입니다",
  "readHead checks the status line: it starts with HTTP/ and has a three-digit status. Anything else (Hello. Client.) is not HTTP: throw a sentence that says so and quotes the line. A header line needs a name before its \":\". bodyLength refuses a Content-Length that is not digits only (/^\\d+$/: not \"12 bytes\", not \"-1\"), quoting it. readChunkedBody refuses a size that is not hex digits only (0x5), quoting it.": "readHead는 상태 줄을 확인합니다. HTTP/로 시작하고 세 자리 상태 코드가 있어야 합니다. 그 밖의 것(Hello. Client.)은 HTTP가 아닙니다. 그렇다고 말하고 그 줄을 인용하는 문장을 던지세요. 헤더 줄에는 \":\" 앞에 이름이 있어야 합니다. bodyLength는 숫자로만 이루어지지 않은 Content-Length(/^\\d+$/: \"12 bytes\"도, \"-1\"도 아님)를 인용하며 거부합니다. readChunkedBody는 16진수 숫자로만 이루어지지 않은 크기(0x5)를 인용하며 거부합니다.",
  "readOptions refuses a --timeout-ms below 1 or above 2147483647 (Node's timers fire at once past it) and a --max-redirects that is not a whole number from 0, naming the option, and asks for a URL when there is none; get() refuses a URL that is not http://, naming its scheme, and quotes a text that is not a URL at all (127.0.0.1:8080/ without http://).": "readOptions는 1보다 작거나 2147483647보다 큰 --timeout-ms(그보다 크면 Node의 타이머가 곧바로 울립니다)와 0부터의 정수가 아닌 --max-redirects를 그 옵션 이름을 밝히며 거부하고, URL이 없으면 URL을 달라고 합니다. get()은 http://가 아닌 URL을 그 스킴을 밝히며 거부하고, URL이 전혀 아닌 텍스트(http:// 없는 127.0.0.1:8080/)는 그대로 인용합니다.",
  "refuses --timeout-ms 0 or 2147483648, --max-redirects=-1, no URL, a URL without http:// and an https:// URL with a message that names the problem": "--timeout-ms 0이나 2147483648, --max-redirects=-1, URL 없음, http:// 없는 URL, https:// URL을 문제를 밝히는 메시지로 거부합니다",
  "reports a reset or a close in the middle of the body, naming the server, and does not print the start as the whole": "본문 중간의 재설정이나 닫힘을 서버를 밝히며 보고하고, 받은 앞부분을 전체인 것처럼 출력하지 않습니다",
  "reports a server that reads the request and closes without a word, naming it, and does not retry for ever": "요청을 읽고 한마디 없이 닫는 서버를 밝히며 보고하고, 끝없이 다시 시도하지 않습니다",
  "sends a request again, once, on a new connection when the kept-alive one was closed or reset while idle": "연결 유지된 연결이 쉬는 동안 닫히거나 재설정되었으면 새 연결에서 요청을 한 번 더 보냅니다",
  "socket.setTimeout(timeoutMs) with --timeout-ms: on \"timeout\", fail the read with a sentence naming the server's host and port, and destroy the socket, or the silent server keeps your program alive. 1 ms is a legal --timeout-ms.": "--timeout-ms로 socket.setTimeout(timeoutMs)을 거세요. \"timeout\"이 오면 서버의 호스트와 포트를 밝히는 문장으로 읽기를 실패시키고 소켓을 destroy하세요. 그러지 않으면 말 없는 서버가 프로그램을 살려 둡니다. 1밀리초도 올바른 --timeout-ms입니다.",
  "start a scripted web server that resets a kept-alive connection when its second request arrives": "연결 유지된 연결에 두 번째 요청이 도착하면 그 연결을 재설정하는 각본 있는 웹 서버를 시작합니다",
  "start a scripted web server that sends 40 of 100 body bytes, then closes": "본문 100바이트 중 40바이트를 보내고 연결을 닫는 각본 있는 웹 서버를 시작합니다",
  "status is the number from the status line.": "status는 상태 줄의 숫자입니다.",
  "the library's get(url) returns the status, the headers by lower-case name and the body's bytes, and closes its connection": "라이브러리의 get(url)은 상태 코드, 소문자 이름의 헤더, 본문 바이트를 반환하고 연결을 닫습니다",
  "the server to see your client's connection": "서버가 여러분의 클라이언트 연결을 보기",
  "wait until the server has answered {count} requests": "서버가 요청 {count}개에 응답할 때까지 기다립니다",
  "what the server sent, {text}": "서버가 보낸 것, {text}",
  "with --timeout-ms 1 your client still connected: 1 is a legal value": "--timeout-ms 1로도 클라이언트가 연결했습니다. 1은 올바른 값입니다",
  "explains an answer that is not HTTP (a server that says Hello. Client.), a header without a name, a Content-Length that is not a number and a chunk size that is not hex, quoting what came": "HTTP가 아닌 응답(Hello. Client.라고 말하는 서버), 이름 없는 헤더, 숫자가 아닌 Content-Length, 16진수가 아닌 청크 크기를, 도착한 내용을 인용하며 설명합니다",
  "a chunk size that is not only hex digits": "16진수 숫자로만 이루어지지 않은 청크 크기",
  // ── 09 09-http-server: BEGIN (exercise 09 owns this block) ──
  " before it closed the connection": " 연결을 닫기 전까지",
  " or ": " 또는 ",
  " within {seconds} s": " {seconds}초 안에",
  "(none)": "(없음)",
  "A browser asks for the page, then its stylesheet and image, on several connections. It applies a stylesheet only when it comes as `text/css`, and shows an image only when its bytes are intact (image/png, read as a Buffer).": "브라우저는 페이지를 요청한 뒤, 그 스타일시트와 이미지를 여러 연결로 요청합니다. 스타일시트는 `text/css`로 올 때만 적용하고, 이미지는 바이트가 온전할 때만(image/png, Buffer로 읽은 그대로) 보여 줍니다.",
  "A missing file is a response like any other: `HTTP/1.1 404 Not Found\\r\\n`, its headers with a Content-Length for the short body you send, the blank line \"\\r\\n\", and the body. Without the blank line the client cannot tell where the headers end. Then the connection goes on: the next request is served.": "없는 파일도 여느 응답과 같습니다: `HTTP/1.1 404 Not Found\\r\\n`, 보내는 짧은 본문의 Content-Length를 담은 헤더, 빈 줄 \"\\r\\n\", 그리고 본문. 빈 줄이 없으면 클라이언트는 헤더가 어디서 끝나는지 알 수 없습니다. 그다음에도 연결은 이어집니다: 다음 요청에 답하세요.",
  "A request line is exactly `METHOD TARGET HTTP/1.x` with single spaces, and every header line is `Name: value`; anything else is 400 Bad Request. HTTP/1.1 also requires exactly one Host header: without it, answer 400 too. Answer, then close the connection. A head that grows past MAX_HEAD_BYTES without its blank line gets 431 and a close.": "요청 줄은 공백 하나씩으로 나뉜 `METHOD TARGET HTTP/1.x` 꼴이고, 헤더 줄은 모두 `Name: value` 꼴입니다. 그 밖의 것은 400 Bad Request입니다. HTTP/1.1에는 Host 헤더도 꼭 하나 있어야 하므로, 없으면 역시 400으로 답합니다. 답한 뒤 연결을 닫으세요. 빈 줄 없이 MAX_HEAD_BYTES보다 길어지는 헤드에는 431로 답하고 연결을 닫으세요.",
  "A request that breaks HTTP/1.1's syntax gets 400 Bad Request.": "HTTP/1.1의 문법을 어긴 요청에는 400 Bad Request로 답합니다.",
  "A response must start with a status line such as \"HTTP/1.1 200 OK\", and your server's starts with {line}.": "응답은 \"HTTP/1.1 200 OK\" 같은 상태 줄로 시작해야 하는데, 서버의 응답은 {line}(으)로 시작합니다.",
  "A web server over raw TCP": "날 TCP 위의 웹 서버",
  "After answering an HTTP/1.0 request your server kept the connection open for {seconds} s. HTTP/1.0 means one request per connection: close it after the response, or the client waits.": "서버가 HTTP/1.0 요청에 답한 뒤 {seconds}초 동안 연결을 열어 두었습니다. HTTP/1.0은 연결 하나에 요청 하나라는 뜻입니다: 응답 뒤에 연결을 닫으세요. 그러지 않으면 클라이언트는 계속 기다립니다.",
  "After answering the request before the first \"\\r\\n\\r\\n\", keep the bytes that follow: they are the start (or all) of the next request. Loop while the buffer holds another blank line, and answer one request at a time, in order: await each answer before you take out the next.": "첫 \"\\r\\n\\r\\n\" 앞의 요청에 답한 뒤, 그 뒤에 온 바이트를 버리지 마세요: 다음 요청의 시작(또는 전부)입니다. 버퍼에 빈 줄이 또 있는 동안 반복하고, 요청을 한 번에 하나씩 차례대로 답하세요: 다음 요청을 꺼내기 전에 답을 await합니다.",
  "After its answer to HEAD your server sent {bytes}: a HEAD answer has no body, whatever its Content-Length says, so the client reads those bytes as the next response.": "서버가 HEAD에 답한 뒤 {bytes}을(를) 보냈습니다. HEAD의 응답에는 Content-Length가 무엇이든 본문이 없으므로, 클라이언트는 그 바이트를 다음 응답으로 읽습니다.",
  "After the last body (exactly Content-Length bytes), your server sent {count} more bytes: {bytes}. Nothing follows a body: no \"\\r\\n\", no newline.": "마지막 본문(정확히 Content-Length 바이트) 뒤에 서버가 {count}바이트를 더 보냈습니다: {bytes}. 본문 뒤에는 아무것도 오지 않습니다: \"\\r\\n\"도, 줄바꿈도 없습니다.",
  "An HTTP/1.0 request without `Connection: keep-alive` means one request per connection: after the response, close your side (socket.end()). The client waits for that close.": "`Connection: keep-alive`가 없는 HTTP/1.0 요청은 연결 하나에 요청 하나라는 뜻입니다: 응답 뒤에 여러분 쪽을 닫으세요(socket.end()). 클라이언트는 그 닫힘을 기다립니다.",
  "Answer the requests of one connection in order, one at a time; close after HTTP/1.0, after `Connection: close`, after an error that makes the bytes untrustworthy, and after --idle-ms of silence.": "한 연결의 요청은 차례대로 하나씩 답하세요. HTTP/1.0 뒤, `Connection: close` 뒤, 바이트를 믿을 수 없게 만든 오류 뒤, 그리고 --idle-ms 동안 조용했을 때 닫습니다.",
  "Call socket.setTimeout(idleMs) with the --idle-ms value and destroy the socket on \"timeout\": a keep-alive connection that sends nothing more must not stay open for ever. Node restarts that timer whenever data comes or goes.": "--idle-ms 값으로 socket.setTimeout(idleMs)를 부르고 \"timeout\"에서 소켓을 destroy하세요: 더 보내지 않는 keep-alive 연결이 영원히 열려 있으면 안 됩니다. Node는 데이터가 오가면 그 타이머를 다시 시작합니다.",
  "Chromium applied the stylesheet: the heading is {colour}": "Chromium이 스타일시트를 적용했습니다: 제목의 색이 {colour}입니다",
  "Chromium could not load {url}: {error}": "Chromium이 {url}을(를) 불러오지 못했습니다: {error}",
  "Chromium could not show the image (it is {width}×{height}; failed requests: {failed}). Send the PNG's bytes unchanged, as image/png.": "Chromium이 이미지를 보여 주지 못했습니다(크기 {width}×{height}, 실패한 요청: {failed}). PNG의 바이트를 바꾸지 말고 image/png로 보내세요.",
  "Chromium decoded the image: {width}×{height} pixels": "Chromium이 이미지를 디코딩했습니다: {width}×{height} 픽셀",
  "Chromium did not apply the stylesheet (the heading is {colour}, not {expected}). A browser applies a stylesheet only when it comes whole, as text/css.": "Chromium이 스타일시트를 적용하지 않았습니다(제목의 색이 {expected}이(가) 아니라 {colour}입니다). 브라우저는 스타일시트가 온전하게 text/css로 올 때만 적용합니다.",
  "Chromium got status {status} for {url}": "Chromium이 {url}에 대해 상태 코드 {status}을(를) 받았습니다",
  "Chromium is not installed ({path}): the grader did not start a browser, and the verdict rests on the requests above. With Chromium installed, it also loads the page in it.": "Chromium이 설치되어 있지 않습니다({path}). 채점기는 브라우저를 띄우지 않았고, 판정은 위의 요청들에 따릅니다. Chromium이 설치되어 있으면 그 안에서 페이지도 불러옵니다.",
  "Chromium loads {url}": "Chromium이 {url}을(를) 불러옵니다",
  "Chromium rendered: heading {heading}, its colour {colour}, the image {width}×{height}": "Chromium이 그린 것: 제목 {heading}, 그 색 {colour}, 이미지 {width}×{height}",
  "Chromium shows the heading {seen}, not {expected}: the page's bytes did not arrive whole.": "Chromium이 보여 주는 제목은 {expected}이(가) 아니라 {seen}입니다: 페이지의 바이트가 온전히 오지 않았습니다.",
  "Chromium shows the heading {text}, decoded as UTF-8": "Chromium이 UTF-8로 디코딩한 제목 {text}을(를) 보여 줍니다",
  "Content-Length counts bytes: body.length of the Buffer readFile gave you.": "Content-Length는 바이트를 셉니다: readFile이 준 Buffer의 body.length입니다.",
  "Every header line is `Name: value` and ends with \"\\r\\n\"; your server sent the header line {line}.": "헤더 줄은 모두 `Name: value` 꼴이고 \"\\r\\n\"으로 끝납니다. 서버가 보낸 헤더 줄은 {line}입니다.",
  "HEAD gets exactly the status line and headers a GET would get, Content-Length included (the length of the body it would have), and no body at all: a body after a HEAD answer is read as the start of the next response.": "HEAD에는 GET이 받을 상태 줄과 헤더를 그대로(Content-Length도, 곧 본문이 있었다면 그 길이도) 보내고, 본문은 전혀 보내지 않습니다: HEAD의 응답 뒤에 온 본문은 다음 응답의 시작으로 읽힙니다.",
  "HTTP/1.1 keeps the connection open after each response, for the next request. Close it only after a response to a request that says `Connection: close` (and then say `Connection: close` in your response too, and never on a connection you keep). When the client closes its side (\"end\"), end yours once every answer is out.": "HTTP/1.1은 응답마다 연결을 열어 두어 다음 요청을 기다립니다. `Connection: close`라고 한 요청에 답한 뒤에만 닫으세요(그때는 응답에도 `Connection: close`라고 적습니다). 연결을 열어 둘 때는 `Connection: close`라고 하지 마세요. 클라이언트가 자기 쪽을 닫으면(\"end\") 모든 응답을 보낸 뒤 여러분 쪽도 닫으세요.",
  "Keep bytes (Buffer), not text: Buffer.concat each chunk, find \"\\r\\n\\r\\n\" with indexOf, read the head as latin1, and never decode a file you send.": "텍스트가 아니라 바이트(Buffer)를 모으세요: 청크마다 Buffer.concat하고, indexOf로 \"\\r\\n\\r\\n\"을 찾고, 요청 머리는 latin1로 읽고, 보내는 파일은 절대 디코딩하지 마세요.",
  "Never join the target to root as it is (the textbook's open(filename[1:])). Decode it once, refuse a NUL, resolve it against root and refuse anything whose relative path from root starts with \"..\"; then realpath() the file and refuse it when its real path is outside root's real path (a symbolic link pointing out). Answer a refusal with 404, and go on serving.": "대상(target)을 그대로 root에 이어 붙이지 마세요(교재의 open(filename[1:])). 한 번 디코딩하고, NUL을 거절하고, root를 기준으로 resolve한 뒤 root로부터의 상대 경로가 \"..\"로 시작하면 거절합니다. 그다음 파일을 realpath()하여 실제 경로가 root의 실제 경로 밖이면(밖을 가리키는 심볼릭 링크) 거절합니다. 거절은 404로 답하고, 계속 서비스하세요.",
  "Never make one connection wait for another: createServer calls your handler for every connection as it comes, and each handles its own \"data\". A browser opens several connections and may leave one idle before its request.": "한 연결이 다른 연결을 기다리게 하지 마세요: createServer는 연결이 올 때마다 핸들러를 부르고, 각 연결은 자기 \"data\"를 처리합니다. 브라우저는 연결 여러 개를 열고, 그중 하나를 요청 전에 유휴 상태로 둘 수도 있습니다.",
  "Nothing in the root is called that: the answer is 404 Not Found.": "루트에 그런 이름의 파일이 없습니다: 답은 404 Not Found입니다.",
  "One \"data\" event is not one request. Add each chunk to a Buffer kept for this connection, and answer only once it holds the blank line, \"\\r\\n\\r\\n\". The textbook's single recv(1024) works only because a small request usually arrives in one piece.": "\"data\" 이벤트 하나가 요청 하나는 아닙니다. 청크마다 이 연결의 Buffer에 더하고, 그 안에 빈 줄 \"\\r\\n\\r\\n\"이 생겼을 때에만 답하세요. 교재의 recv(1024) 한 번이 통하는 것은, 작은 요청이 대개 한 덩어리로 오기 때문일 뿐입니다.",
  "Send `HTTP/1.1 200 OK\\r\\n`, then `Content-Type` from the file's extension and `Content-Length` in BYTES (body.length of the Buffer readFile gave you, never the length of a string: 한 is one character and three bytes), a blank line, and then exactly the file's bytes. Read the file as a Buffer, without an encoding, and write it as it is: a PNG decoded as text is broken. Nothing goes after the body, not even \"\\r\\n\". An extension missing from CONTENT_TYPES is application/octet-stream, and `Host:x` without a space is a header too.": "`HTTP/1.1 200 OK\\r\\n`을 보내고, 파일 확장자에 맞는 `Content-Type`과 바이트 단위의 `Content-Length`(readFile이 준 Buffer의 body.length. 문자열의 길이가 아닙니다: 한은 한 글자이고 3바이트입니다), 빈 줄, 그리고 파일의 바이트를 정확히 보내세요. 파일은 인코딩 없이 Buffer로 읽고 그대로 쓰세요: 텍스트로 디코딩한 PNG는 깨집니다. 본문 뒤에는 아무것도, \"\\r\\n\"조차 보내지 않습니다. CONTENT_TYPES에 없는 확장자는 application/octet-stream이고, 공백 없는 `Host:x`도 헤더입니다.",
  "Serve only GET and HEAD. Any other method gets an answer without a file: 405 Method Not Allowed (with `Allow: GET, HEAD`) for a method HTTP defines, such as DELETE, or 501 Not Implemented for one it does not, such as BREW. A request with a body (a Content-Length other than 0, or Transfer-Encoding) is answered and the connection closed: this server does not read bodies, so the body must not be taken for the next request.": "GET과 HEAD만 서비스하세요. 다른 메서드에는 파일 없이 답합니다: DELETE처럼 HTTP가 정의한 메서드에는 405 Method Not Allowed(`Allow: GET, HEAD`와 함께), BREW처럼 정의하지 않은 메서드에는 501 Not Implemented. 본문이 있는 요청(0이 아닌 Content-Length나 Transfer-Encoding)에는 답한 뒤 연결을 닫으세요. 이 서버는 본문을 읽지 않으므로, 본문을 다음 요청으로 여기면 안 됩니다.",
  "Start from exercise 06's server: one handler per connection, a buffer per connection. The difference: a request ends at a blank line (\"\\r\\n\\r\\n\"), not at \"\\n\", and one connection carries several requests.": "실습 06의 서버에서 시작하세요: 연결마다 핸들러 하나, 연결마다 버퍼 하나. 다른 점: 요청은 \"\\n\"이 아니라 빈 줄(\"\\r\\n\\r\\n\")에서 끝나고, 연결 하나가 요청 여러 개를 나릅니다.",
  "The body must be exactly the bytes of {file}, unchanged: read it as a Buffer and send it as it is.": "본문은 {file}의 바이트 그대로여야 합니다: Buffer로 읽고 그대로 보내세요.",
  "The client asked with Connection: close and waited {seconds} s for your server to close the connection.": "클라이언트가 Connection: close로 요청하고, 서버가 연결을 닫기를 {seconds}초 동안 기다렸습니다.",
  "The request said Connection: close, and your server kept the connection open for {seconds} s after its response. Close it once the response is out.": "요청에 Connection: close라고 했는데, 서버가 응답 뒤 {seconds}초 동안 연결을 열어 두었습니다. 응답을 다 보냈으면 닫으세요.",
  "The target is percent-encoded: decodeURIComponent turns %20 into a space and %ED%95%9C into 한. Cut the query (from \"?\") before decoding, and serve index.html for a path that ends with \"/\".": "대상(target)은 퍼센트 인코딩되어 있습니다: decodeURIComponent는 %20을 공백으로, %ED%95%9C를 한으로 바꿉니다. 디코딩 전에 쿼리(\"?\"부터)를 잘라 내고, \"/\"로 끝나는 경로에는 index.html을 보내세요.",
  "There is no favicon.ico in the root: the answer is 404.": "루트에 favicon.ico가 없습니다: 답은 404입니다.",
  "This server serves GET and HEAD only: another method gets 405 Method Not Allowed or 501 Not Implemented, and no file.": "이 서버는 GET과 HEAD만 서비스합니다: 다른 메서드에는 파일 없이 405 Method Not Allowed나 501 Not Implemented로 답합니다.",
  "Your Content-Length for {file} is {length}, but the file has {bytes} bytes.": "{file}의 Content-Length가 {length}인데, 파일은 {bytes}바이트입니다.",
  "Your Content-Length for {file} is {length}: its length in characters. Content-Length counts bytes, and the file has {bytes} (a Korean character is 3 bytes in UTF-8). Use the Buffer's length.": "{file}의 Content-Length가 {length}입니다: 글자 수입니다. Content-Length는 바이트를 세고, 파일은 {bytes}바이트입니다(한글 한 글자는 UTF-8로 3바이트). Buffer의 길이를 쓰세요.",
  "Your Content-Type for {file} is {type}; a file ending in {extension} is {expected}. Pick it from the file's extension.": "{file}의 Content-Type이 {type}입니다. {extension}(으)로 끝나는 파일은 {expected}입니다. 파일 확장자로 고르세요.",
  "Your server answered {line} for {file}, which is in the root: expected status 200.": "서버가 루트에 있는 {file}에 {line}(으)로 답했습니다: 상태 코드 200이어야 합니다.",
  "Your server answered {line} to {target} and sent the file beside the root: anyone can read any file of your computer that way. Decode the path once, resolve it against root and refuse what lands outside; realpath() it and refuse a link that points out.": "서버가 {target}에 {line}(으)로 답하고 루트 옆의 파일을 보냈습니다: 그러면 누구나 여러분 컴퓨터의 아무 파일이나 읽을 수 있습니다. 경로를 한 번 디코딩하고, root를 기준으로 resolve하여 밖으로 나가는 것을 거절하고, realpath()하여 밖을 가리키는 링크를 거절하세요.",
  "Your server answered {line} to {target}. {why}": "서버가 {target}에 {line}(으)로 답했습니다. {why}",
  "Your server answered {line} to {target}: a refused path is 404 Not Found (or 400, 403).": "서버가 {target}에 {line}(으)로 답했습니다: 거절한 경로는 404 Not Found(또는 400, 403)입니다.",
  "Your server closed the connection after one HTTP/1.1 response. HTTP/1.1 keeps it open for the next request, unless the request says Connection: close.": "서버가 HTTP/1.1 응답 하나 뒤에 연결을 닫았습니다. HTTP/1.1은 요청이 Connection: close라고 하지 않는 한 다음 요청을 위해 연결을 열어 둡니다.",
  "Your server closed the connection without answering the request.": "서버가 요청에 답하지 않고 연결을 닫았습니다.",
  "Your server closed {who} after {after} ms, before --idle-ms ({ms} ms) had passed.": "서버가 {who}의 연결을 {after} ms 뒤에, --idle-ms({ms} ms)가 지나기 전에 닫았습니다.",
  "Your server kept an HTTP/1.0 connection open without saying Connection: keep-alive in its response, so the client cannot know it may send another request, and waits (ab hangs so). Either say Connection: keep-alive, or close.": "서버가 응답에 Connection: keep-alive라고 밝히지 않고 HTTP/1.0 연결을 열어 두었습니다. 그러면 클라이언트는 요청을 더 보내도 되는지 알 수 없어 기다립니다(ab가 이렇게 멈춥니다). Connection: keep-alive라고 밝히거나, 닫으세요.",
  "Your server sent no response within {seconds} s.": "서버가 {seconds}초 안에 응답을 보내지 않았습니다.",
  "Your server sent {bytes} but never the blank line (\"\\r\\n\\r\\n\") that ends a response's headers: the client cannot tell where the headers end and the body starts.": "서버가 {bytes}을(를) 보냈지만, 응답의 헤더를 끝내는 빈 줄(\"\\r\\n\\r\\n\")은 보내지 않았습니다: 클라이언트는 헤더가 어디서 끝나고 본문이 어디서 시작하는지 알 수 없습니다.",
  "Your server stopped {after}. A bad request is one client's trouble: answer it and go on serving.": "서버가 멈췄습니다({after}). 잘못된 요청은 클라이언트 하나의 문제입니다: 답하고 계속 서비스하세요.",
  "Your server's Content-Length is {value}, not a number of bytes.": "서버의 Content-Length가 {value}입니다. 바이트 수가 아닙니다.",
  "Your server's Content-Length says {length} bytes, but only {count} bytes of body came{closed}.": "서버의 Content-Length는 {length}바이트라고 하는데,{closed} 본문은 {count}바이트만 왔습니다.",
  "Your server's {status} response has no Content-Length header: without it (or chunked encoding, which this exercise does not use) the client cannot know where the body ends.": "서버의 {status} 응답에 Content-Length 헤더가 없습니다: 그것이 없으면(이 실습이 쓰지 않는 chunked 인코딩도 없으면) 클라이언트는 본문이 어디서 끝나는지 알 수 없습니다.",
  "a complete response comes back: status line, headers, blank line, Content-Length bytes of body": "완전한 응답이 옵니다: 상태 줄, 헤더, 빈 줄, Content-Length 바이트의 본문",
  "a header line without a colon": "콜론이 없는 헤더 줄",
  "a request line with two spaces between its parts": "부분 사이에 공백이 두 개인 요청 줄",
  "a request line without its HTTP version": "HTTP 버전이 없는 요청 줄",
  "after the bad requests": "잘못된 요청들 뒤에",
  "after the requests for paths outside the root": "루트 밖의 경로를 요청한 뒤에",
  "an HTTP/1.1 request without a Host header": "Host 헤더가 없는 HTTP/1.1 요청",
  "answers HEAD with a GET's headers and no body": "HEAD에 GET의 헤더로 답하고 본문은 보내지 않습니다",
  "answers a missing file with a well-formed 404, and serves the next request on the same connection": "없는 파일에 올바른 꼴의 404로 답하고, 같은 연결의 다음 요청에 답합니다",
  "answers a request whose bytes arrive one at a time": "바이트가 하나씩 오는 요청에 답합니다",
  "answers three pipelined requests in order on one connection, the second cut between two writes": "한 연결로 파이프라인된 요청 세 개에 차례대로 답합니다. 두 번째 요청은 두 번의 쓰기로 나뉘어 옵니다",
  "client {number} asks for {target}": "클라이언트 {number}이(가) {target}을(를) 요청합니다",
  "closes a keep-alive connection that stays silent for --idle-ms, and one that never sends a request": "--idle-ms 동안 조용한 keep-alive 연결과, 요청을 한 번도 보내지 않는 연결을 닫습니다",
  "closes the connection after answering HTTP/1.0, and keeps it only when asked with Connection: keep-alive and says so": "HTTP/1.0에 답한 뒤 연결을 닫고, Connection: keep-alive로 요청받았을 때만 열어 두며 그렇다고 밝힙니다",
  "connect a client that says nothing yet": "아직 아무 말도 하지 않는 클라이언트를 연결합니다",
  "connect a client that will send half a request": "요청을 반만 보낼 클라이언트를 연결합니다",
  "connect the browser's first connection": "브라우저의 첫 연결을 맺습니다",
  "connect two clients: one asks for a page, the other says nothing": "클라이언트 둘을 연결합니다: 하나는 페이지를 요청하고, 다른 하나는 아무 말도 하지 않습니다",
  "decodes %20 and UTF-8 percent-encoding, ignores the query, serves index.html for a folder, and takes an absolute-form target by its path": "%20과 UTF-8 퍼센트 인코딩을 디코딩하고, 쿼리를 무시하고, 폴더에는 index.html을 보내고, 절대 형식(absolute-form) 대상은 그 경로로 받아들입니다",
  "it asks for / with a browser's headers": "브라우저의 헤더로 /를 요청합니다",
  "it asks for {target}": "{target}을(를) 요청합니다",
  "it asks for {target} on the second": "두 번째 연결로 {target}을(를) 요청합니다",
  "it asks for {target} on the third": "세 번째 연결로 {target}을(를) 요청합니다",
  "it asks for {target}, which is not a file in the root": "루트에 있는 파일이 아닌 {target}을(를) 요청합니다",
  "it is a 200 with {file}'s {count} bytes, Content-Type {type}": "{file}의 {count}바이트를 담은 200이고, Content-Type은 {type}입니다",
  "it sends HEAD {target}": "HEAD {target}을(를) 보냅니다",
  "it sends an HTTP/1.0 request with Connection: Keep-Alive, as ab -k does": "ab -k처럼 Connection: Keep-Alive가 있는 HTTP/1.0 요청을 보냅니다",
  "it sends an HTTP/1.0 request, without Host (1.0 does not need it)": "Host 없이 HTTP/1.0 요청을 보냅니다(1.0에는 필요 없습니다)",
  "it sends {part}, the request line only": "요청 줄만 보냅니다: {part}",
  "it sends {request}": "{request}을(를) 보냅니다",
  "it sends {what}: {request}": "{what}을(를) 보냅니다: {request}",
  "never serves a file outside --root: dot segments, encoded dots and slashes, NUL, a broken escape, absolute-form and links that point out": "--root 밖의 파일은 절대 보내지 않습니다: 점 세그먼트, 인코딩한 점과 슬래시, NUL, 망가진 이스케이프, 절대 형식, 밖을 가리키는 링크",
  "on the first, it asks for /favicon.ico, as a browser does by itself": "브라우저가 스스로 하듯이, 첫 연결로 /favicon.ico를 요청합니다",
  "on the same connection, it asks for {target}": "같은 연결로 {target}을(를) 요청합니다",
  "on the same connection, it asks for {target} with Connection: close": "같은 연결로 Connection: close와 함께 {target}을(를) 요청합니다",
  "open two more connections, as a browser does for the page's stylesheet and image": "브라우저가 페이지의 스타일시트와 이미지를 위해 하듯이, 연결을 두 개 더 엽니다",
  "readOptions checks every value before it is used: --port a whole number from 0 to 65535, --idle-ms from 1 to 2147483647; startServer refuses a --root that is not a folder, and a port in use. Each gets one sentence that names the option and the value; main() prints it and sets process.exitCode = 1.": "readOptions는 모든 값을 쓰기 전에 확인합니다: --port는 0부터 65535까지의 정수, --idle-ms는 1부터 2147483647까지. startServer는 폴더가 아닌 --root와 이미 쓰이는 포트를 거부합니다. 저마다 옵션과 값을 밝히는 문장 하나를 받고, main()이 그것을 출력하고 process.exitCode = 1로 둡니다.",
  "resolvePath: cut the query, decode once, refuse NUL, resolve against root, refuse what leaves it, then realpath and refuse what leaves it.": "resolvePath: 쿼리를 잘라 내고, 한 번 디코딩하고, NUL을 거절하고, root를 기준으로 resolve하여 밖으로 나가는 것을 거절하고, 그다음 realpath하여 밖으로 나가는 것을 거절합니다.",
  "send the request for {first} and the first part of the request for {second}, in one write": "{first}의 요청과 {second}의 요청 앞부분을 한 번의 쓰기로 보냅니다",
  "send the rest of it and the whole request for {third}, in one write": "그 나머지와 {third}의 요청 전체를 한 번의 쓰기로 보냅니다",
  "send {request} one byte per write, each read by your server on its own": "{request}을(를) 쓰기 한 번에 한 바이트씩 보냅니다. 서버는 바이트마다 따로 읽습니다",
  "serves a page, its stylesheet and its image the way a browser asks for them; with Chromium installed, Chromium renders them": "브라우저가 요청하는 방식대로 페이지와 그 스타일시트, 이미지를 보냅니다. Chromium이 설치되어 있으면 Chromium이 그것을 그립니다",
  "start headless Chromium ({path}), every host name mapped to nothing but 127.0.0.1": "헤드리스 Chromium({path})을 시작합니다. 모든 호스트 이름은 127.0.0.1 말고는 아무 데로도 가지 않습니다",
  "the answer to {target} is {statuses}": "{target}에 대한 답은 {statuses}입니다",
  "the body of the response": "응답의 본문",
  "the client that was answered": "답을 받은 클라이언트",
  "the end of the response's headers (a blank line)": "응답 헤더의 끝(빈 줄)",
  "the half-sent client sends the rest of its request": "요청을 반만 보낸 클라이언트가 나머지를 보냅니다",
  "the idle client asks for {target} at last": "유휴 클라이언트가 마침내 {target}을(를) 요청합니다",
  "the next bytes are the next response, not a body of the HEAD answer": "다음 바이트는 HEAD 응답의 본문이 아니라 다음 응답입니다",
  "the next response": "다음 응답",
  "the silent client": "조용한 클라이언트",
  "the third connection stays idle for {ms} ms before its request, as Chromium's does": "Chromium의 연결이 그러듯, 세 번째 연결은 요청 전에 {ms} ms 동안 유휴 상태로 있습니다",
  "this system does not let the grader make symbolic links: the links are not tried": "이 시스템에서는 채점기가 심볼릭 링크를 만들 수 없습니다: 링크는 시험하지 않습니다",
  "without Connection: keep-alive in its answer, your server closes the connection": "응답에 Connection: keep-alive가 없으니, 서버가 연결을 닫습니다",
  "write the grader's site (a UTF-8 page, a PNG, a stylesheet) in a folder, and a secret file beside it": "채점기의 사이트(UTF-8 페이지, PNG, 스타일시트)를 폴더에 쓰고, 그 옆에 비밀 파일을 둡니다",
  "your server answered Connection: keep-alive: the connection must serve another request": "서버가 Connection: keep-alive로 답했습니다: 그 연결로 요청을 하나 더 받아야 합니다",
  "your server closes the connection after that response": "서버가 그 응답 뒤에 연결을 닫습니다",
  "your server closes the connection after the response": "서버가 응답 뒤에 연결을 닫습니다",
  "your server closes {who} about --idle-ms ({ms} ms) after its last byte": "서버가 {who}의 연결을 마지막 바이트로부터 약 --idle-ms({ms} ms) 뒤에 닫습니다",
  "your server refuses it (400, 403 or 404) and sends nothing of the secret file": "서버가 그것을 거절하고(400, 403 또는 404) 비밀 파일은 조금도 보내지 않습니다",
  "your server sends nothing after the last body, and closes the connection": "서버가 마지막 본문 뒤에 아무것도 보내지 않고 연결을 닫습니다",
  "{who} sent nothing more, and your server still kept its connection open {seconds} s later, with --idle-ms {ms}. Call socket.setTimeout(idleMs) with the option's value and destroy the socket on \"timeout\".": "{who}은(는) 더 보내지 않았는데, --idle-ms {ms}인데도 서버가 {seconds}초 뒤까지 그 연결을 열어 두었습니다. 옵션 값으로 socket.setTimeout(idleMs)를 부르고 \"timeout\"에서 소켓을 destroy하세요.",
  "{who} was closed {ms} ms after its last byte": "{who}의 연결은 마지막 바이트로부터 {ms} ms 뒤에 닫혔습니다",
  "A head longer than MAX_HEAD_BYTES (16 KiB) without its blank line gets 431 Request Header Fields Too Large, and the connection is closed: waiting for the rest would let one client fill the server's memory.": "빈 줄 없이 MAX_HEAD_BYTES(16 KiB)보다 긴 헤드에는 431 Request Header Fields Too Large로 답하고 연결을 닫습니다. 나머지를 기다리면 클라이언트 하나가 서버의 메모리를 채울 수 있습니다.",
  "After its answer to the POST your server answered {line}: it read the POST's body ({body}) as the start of another request. A server that does not read bodies closes the connection after answering a request that has one (Content-Length or Transfer-Encoding).": "POST에 답한 뒤 서버가 {line}(으)로 또 답했습니다. POST의 본문({body})을 다른 요청의 시작으로 읽은 것입니다. 본문을 읽지 않는 서버는 본문이 있는 요청(Content-Length나 Transfer-Encoding)에 답한 뒤 연결을 닫습니다.",
  "After its answer to the POST your server neither closed the connection nor answered the GET that followed the body, within {seconds} s.": "POST에 답한 뒤 서버가 {seconds}초 안에 연결을 닫지도, 본문 뒤에 온 GET에 답하지도 않았습니다.",
  "After refusing a head that was too long your server kept the connection open for {seconds} s. Close it: what follows cannot be trusted.": "너무 긴 헤드를 거부한 뒤 서버가 {seconds}초 동안 연결을 열어 두었습니다. 연결을 닫으세요. 그 뒤에 오는 바이트는 믿을 수 없습니다.",
  "The client closed its side after its answer, and your server kept its own side open for {seconds} s, until its idle timer. On \"end\", call socket.end() once every answer is out.": "클라이언트는 응답을 받은 뒤 자기 쪽을 닫았는데, 서버는 유휴 타이머가 울릴 때까지 {seconds}초 동안 자기 쪽을 열어 두었습니다. \"end\"가 오면 모든 응답을 보낸 뒤 socket.end()를 호출하세요.",
  "Your 405 answer has {allow}. A 405 must say which methods do work, in an Allow header: Allow: GET, HEAD.": "405 응답에 {allow}. 405는 되는 메서드를 Allow 헤더로 알려야 합니다: Allow: GET, HEAD.",
  "Your response says Connection: close, yet the connection stays open: a client believes the header and never sends the next request on it. Say close only when you close.": "응답은 Connection: close라고 하는데 연결은 열려 있습니다. 클라이언트는 헤더를 믿고 그 연결로 다음 요청을 보내지 않습니다. 실제로 닫을 때만 close라고 하세요.",
  "answers 400 to an HTTP/1.1 request without Host and to malformed request lines, 431 (or 400) and a close to a head over 16 KiB, and keeps serving": "Host 없는 HTTP/1.1 요청과 잘못된 요청 줄에 400으로, 16 KiB가 넘는 헤드에 431(또는 400)과 연결 닫기로 답하고, 계속 서비스합니다",
  "answers 405 (with Allow) or 501 to a method other than GET and HEAD, never takes a request's body for the next request, and serves no file for it": "GET과 HEAD가 아닌 메서드에 405(Allow 포함)나 501로 답하고, 요청의 본문을 다음 요청으로 여기지 않으며, 파일을 보내지 않습니다",
  "connect another client to {host}": "{host}에 다른 클라이언트를 연결합니다",
  "it asks for {target}, with Content-Length: 0": "Content-Length: 0과 함께 {target}을(를) 요청합니다",
  "it sends a head of {count} bytes that never reaches its blank line": "빈 줄에 끝내 이르지 않는 {count}바이트의 헤드를 보냅니다",
  "keeps an HTTP/1.1 connection open for the next request without saying close, and closes it after Connection: close or the client's own close (on the host given with --host)": "HTTP/1.1 연결을 close라고 하지 않고 다음 요청을 위해 열어 두고, Connection: close나 클라이언트 자신의 닫기 뒤에는 닫습니다(--host로 준 호스트에서)",
  "no Allow header": "Allow 헤더가 없습니다",
  "on the same connection, it asks for {target}, with no space after Host:": "같은 연결로, Host: 뒤에 공백 없이 {target}을(를) 요청합니다",
  "refuses a bad --port, --idle-ms or --root, and a port in use, with a message that names the option and the value; takes --idle-ms 1": "잘못된 --port, --idle-ms, --root와 사용 중인 포트를 옵션과 값을 밝히는 메시지로 거부하고, --idle-ms 1은 받아들입니다",
  "serves a UTF-8 page, a PNG, a stylesheet and a file of unknown type byte for byte, with Content-Length in bytes and a Content-Type from the extension": "UTF-8 페이지, PNG, 스타일시트, 알 수 없는 형식의 파일을 바이트 그대로, 바이트 단위의 Content-Length와 확장자에 따른 Content-Type으로 보냅니다",
  "the 405 has an Allow header that lists GET": "405에 GET을 나열하는 Allow 헤더가 있습니다",
  "the client closes its side of the connection (FIN)": "클라이언트가 연결의 자기 쪽을 닫습니다(FIN)",
  "the connection is still open, and the response did not say Connection: close": "연결이 아직 열려 있고, 응답은 Connection: close라고 하지 않았습니다",
  "then your server closes the connection, or answers the GET behind the body; it never answers the body as a request": "그다음 서버는 연결을 닫거나 본문 뒤의 GET에 답합니다. 본문을 요청으로 여겨 답하지 않습니다",
  "your server closes its side too": "서버도 자기 쪽을 닫습니다",
  "serves five connections while another stays idle and a sixth has sent half its request, and goes on after a client resets": "연결 하나가 쉬고 여섯째가 요청을 반만 보낸 동안 다섯 연결에 서비스하고, 클라이언트가 연결을 재설정한 뒤에도 계속합니다",
  "connect a client that will reset its connection": "연결을 재설정할 클라이언트를 연결합니다",
  "it asks for {target} and resets the connection at once": "{target}을(를) 요청하고 곧바로 연결을 재설정합니다",
  // ── 09 09-http-server: END ──
  // ── 10 10-chat: BEGIN (exercise 10 owns this block) ──
  "(not {names})": "({names} 아님)",
  "(the prompt: any line)": "(프롬프트: 아무 줄이나)",
  "(why the name is refused: any line)": "(이름을 거절하는 까닭: 아무 줄이나)",
  "* … (naming no one)": "* … (아무도 밝히지 않음)",
  "* … naming {names}": "* … {names}을(를) 밝힘",
  "17 letters": "17글자",
  "A chat room: names, presence, relaying, slow members": "대화방: 이름, 참가자 목록, 전달, 느린 참가자",
  "A connection is not a member until its name is accepted: prompt, read the first line, check it with whyNotAName, then send the presence line and announce it, and only then push it into the array.": "연결은 이름이 받아들여져야 참가자가 됩니다: 프롬프트를 보내고, 첫 줄을 읽어 whyNotAName으로 확인한 뒤, 참가자 목록 줄을 보내고 들어왔다고 알리고, 그다음에야 배열에 넣으세요.",
  "A name is taken while a member has it: compare exactly (\"Ann\" is not \"ann\"), and take the names from the members array itself, so a name is free again the moment its owner leaves.": "참가자가 쓰고 있는 이름은 쓸 수 없습니다: 그대로 비교하고(\"Ann\"은 \"ann\"이 아닙니다), 이름은 참가자 배열에서 바로 꺼내세요. 그래야 주인이 나가는 순간 그 이름을 다시 쓸 수 있습니다.",
  "After each write, socket.writableLength tells how much waits for a member that does not read: above --max-queue-bytes, drop it, after the loop.": "쓸 때마다 socket.writableLength가 읽지 않는 참가자에게 보내려고 쌓인 양을 알려 줍니다: --max-queue-bytes를 넘으면 반복문이 끝난 뒤에 그 참가자를 내보내세요.",
  "As soon as a client connects, send one line that asks for its name. Its first line is the name (remove one \"\\r\" at the end). A legal name gets, as the very next line, the presence line: it starts with \"*\" and names everyone already in the room, never the newcomer.": "클라이언트가 연결하자마자 이름을 묻는 줄 하나를 보내세요. 클라이언트의 첫 줄이 이름입니다(끝의 \"\\r\" 하나는 떼어 냅니다). 알맞은 이름에는 바로 다음 줄로 참가자 목록 줄을 보냅니다: \"*\"로 시작하고, 이미 방에 있는 사람을 모두 밝히되 새로 온 사람은 넣지 않습니다.",
  "Build the presence line from the members array before you add the newcomer to it: then the newcomer is not in it, and one who left is not either, since leaving removed them.": "새로 온 사람을 배열에 넣기 전에 그 배열로 참가자 목록 줄을 만드세요. 그러면 새로 온 사람은 목록에 없고, 나간 사람도 나갈 때 빠졌으니 없습니다.",
  "Every socket needs an \"error\" handler, and the server too.": "모든 소켓에 \"error\" 핸들러가 있어야 하고, 서버에도 있어야 합니다.",
  "Give every connection an \"error\" handler that logs one line: a write to a member that just reset fails with EPIPE or ECONNRESET, and without a handler Node stops the server. Announce the leave once, on \"close\".": "연결마다 한 줄을 기록하는 \"error\" 핸들러를 다세요: 방금 연결을 재설정한 참가자에게 쓰면 EPIPE나 ECONNRESET으로 실패하고, 핸들러가 없으면 Node가 서버를 멈춥니다. 나갔다는 알림은 \"close\"에서 한 번만 보냅니다.",
  "Handle the server's \"error\" event before listen(). For EADDRINUSE, reject with a sentence that names the port; main() prints it and sets process.exitCode = 1.": "listen() 전에 서버의 \"error\" 이벤트를 처리하세요. EADDRINUSE이면 포트를 밝히는 문장으로 reject합니다. main()이 그것을 출력하고 process.exitCode = 1로 정합니다.",
  "Loop over the members array, not over every connection: a client still choosing its name is not in it. Skip the sender. Write exactly `[${name}] ${line}\\n`, with the line's \"\\r\" removed, an empty line too.": "모든 연결이 아니라 참가자 배열을 도세요: 아직 이름을 고르는 클라이언트는 거기 없습니다. 보낸 사람은 건너뜁니다. 줄의 \"\\r\"을 뗀 뒤 정확히 `[${name}] ${line}\\n`을 쓰세요. 빈 줄도 마찬가지입니다.",
  "Never wait for one member's \"drain\" and never pause the sender: the other members must go on. After each write look at socket.writableLength; above --max-queue-bytes, destroy that member, remove it and announce it left, after the loop over the members.": "참가자 한 명의 \"drain\"을 기다리지도, 보낸 사람을 pause하지도 마세요: 다른 참가자는 계속 받아야 합니다. 쓸 때마다 socket.writableLength를 보고, --max-queue-bytes를 넘으면 참가자 반복문이 끝난 뒤에 그 참가자의 소켓을 destroy하고, 배열에서 빼고, 나갔다고 알리세요.",
  "On \"close\", remove the member (if it was one) and announce it left; its half line is simply forgotten.": "\"close\"에서는 (참가자였다면) 배열에서 빼고 나갔다고 알리세요. 끝나지 않은 반 줄은 그냥 버립니다.",
  "One \"data\" chunk is not one line: add each chunk to the client's own `pending`, and take out every complete line with a while loop. The name and the first message can come in one chunk: after the name, go on with the same loop.": "\"data\" 청크 하나가 줄 하나는 아닙니다: 청크마다 그 클라이언트만의 `pending`에 덧붙이고, 완성된 줄을 while 반복문으로 모두 꺼내세요. 이름과 첫 메시지가 한 청크로 올 수도 있습니다: 이름 뒤에도 같은 반복문을 이어 가세요.",
  "Only a member (a client whose name was accepted) is announced, and only members hear announcements. A client that closes before it has a name was never in the room: on \"close\", announce the leave only if it had joined.": "알림의 대상은 참가자(이름이 받아들여진 클라이언트)뿐이고, 알림을 듣는 것도 참가자뿐입니다. 이름을 정하기 전에 닫은 클라이언트는 방에 들어온 적이 없습니다: \"close\"에서는 들어왔던 경우에만 나갔다고 알리세요.",
  "Relay by walking the members array and skipping the sender; announce joins and leaves the same way.": "참가자 배열을 돌며 보낸 사람만 건너뛰어 전달하세요. 들어오고 나간 알림도 같은 방법으로 보냅니다.",
  "Start from exercise 06's server: one handler per connection, a `pending` string each, a while loop over indexOf(\"\\n\"). New here: one array of members that every connection shares.": "실습 06의 서버에서 시작하세요: 연결마다 핸들러 하나, 저마다의 `pending` 문자열, indexOf(\"\\n\")을 도는 while 반복문. 새로운 것은 모든 연결이 함께 쓰는 참가자 배열 하나입니다.",
  "Test the name with /^[\\p{L}\\p{N}]{1,16}$/u: 1 to 16 letters or digits of any alphabet, nothing else (no space, no sign, not empty). Refused: one line that says why, then socket.end(), and nobody in the room hears of it.": "이름은 /^[\\p{L}\\p{N}]{1,16}$/u로 확인하세요: 어느 문자 체계든 글자나 숫자 1~16자, 그 밖에는 아무것도 안 됩니다(공백, 기호, 빈 이름 모두 안 됨). 거절할 때는 까닭을 한 줄로 보낸 뒤 socket.end()하고, 방의 누구에게도 알리지 않습니다.",
  "What follows the last \"\\n\" is not a line yet. When the member resets or sends FIN before finishing it, drop it: relay nothing on \"end\" or \"close\", only announce that it left.": "마지막 \"\\n\" 뒤에 있는 것은 아직 줄이 아닙니다. 참가자가 그 줄을 끝내기 전에 연결을 재설정하거나 FIN을 보내면 버리세요: \"end\"나 \"close\"에서는 아무것도 전달하지 말고, 나갔다고만 알립니다.",
  "Your server announced that {slow} left but kept its connection open. Destroy the socket of a member you drop.": "서버가 {slow}이(가) 나갔다고 알렸지만 그 연결은 열어 두었습니다. 내보내는 참가자의 소켓은 destroy하세요.",
  "Your server closed the connection after the name {name} without saying why. Send one line that explains it before you close.": "서버가 이름 {name} 뒤에 까닭을 말하지 않고 연결을 닫았습니다. 닫기 전에 까닭을 설명하는 줄 하나를 보내세요.",
  "Your server closed the connection of {name}, a legal name: 1 to 16 letters or digits of any alphabet, that no one in the room has.": "서버가 {name}의 연결을 닫았는데, 알맞은 이름입니다: 어느 문자 체계든 글자나 숫자 1~16자이고, 방의 누구도 쓰고 있지 않습니다.",
  "Your server dropped {slow} when at most {bytes} bytes could wait for it in its memory, below --max-queue-bytes {limit}. Drop a member only once socket.writableLength is above the limit it was given.": "서버의 메모리에 {slow}에게 보낼 바이트가 많아야 {bytes}바이트 쌓였을 때, 곧 --max-queue-bytes {limit}보다 적을 때 서버가 {slow}을(를) 내보냈습니다. socket.writableLength가 주어진 한도를 넘었을 때에만 참가자를 내보내세요.",
  "Your server kept the connection open after the name {name} ({why}). Send one line that says why, then close: socket.end(reason + \"\\n\").": "서버가 이름 {name}({why}) 뒤에도 연결을 열어 두었습니다. 까닭을 한 줄로 보낸 뒤 닫으세요: socket.end(reason + \"\\n\").",
  "Your server refused --max-queue-bytes {bytes}, a good value: any whole number of bytes from 1 up is allowed, past 2^32 too.": "서버가 올바른 값인 --max-queue-bytes {bytes}을(를) 거절했습니다: 1 이상의 정수 바이트라면 2^32를 넘어도 됩니다.",
  "Your server stopped {after}. One client's trouble must not end the room for the others.": "{after} 서버가 멈췄습니다. 클라이언트 한 명의 문제로 다른 사람들의 대화방이 끝나면 안 됩니다.",
  "a client": "클라이언트 하나",
  "a client that leaves without a name": "이름 없이 떠나는 클라이언트",
  "a client that resets without a name": "이름 없이 연결을 재설정하는 클라이언트",
  "a line of {count} characters": "{count}글자짜리 줄",
  "a sign": "기호",
  "a space": "공백",
  "a space at the end": "끝에 공백",
  "after a member reset its connection mid-line": "참가자가 줄 가운데에서 연결을 재설정한 뒤",
  "after a member vanished while it was sent lines": "줄을 받던 참가자가 사라진 뒤",
  "announces joins and leaves to the members only, and never a client that did not join": "들어오고 나간 것을 참가자에게만 알리고, 들어오지 않은 클라이언트는 절대 알리지 않습니다",
  "asks a new client for its name, and lets it in with a presence line, however the name ends (\\n or \\r\\n)": "새 클라이언트에게 이름을 묻고, 이름이 어떻게 끝나든(\\n이나 \\r\\n) 참가자 목록 줄과 함께 들여보냅니다",
  "before the drop, {unread} bytes waited unread in {slow}'s receive queue, and at most {memory} in your server's memory; {total} bytes had been sent to it": "내보내기 전에 {slow}의 받기 큐에는 읽지 않은 {unread}바이트가, 서버의 메모리에는 많아야 {memory}바이트가 있었습니다. 보낸 것은 모두 {total}바이트입니다",
  "empty": "빈 이름",
  "goes on when a member that has unread lines resets while the others talk to it (EPIPE, ECONNRESET)": "읽지 않은 줄이 있는 참가자가, 다른 이들이 말을 거는 동안 연결을 재설정해도 계속 돌아갑니다(EPIPE, ECONNRESET)",
  "it accepts --max-queue-bytes {bytes} and listens": "--max-queue-bytes {bytes}을(를) 받아들이고 리슨합니다",
  "lets in names of any alphabet (민수, 16 Hangul letters) and keeps names and text whole when a character is cut between writes": "어느 문자 체계의 이름이든(민수, 한글 16글자) 들여보내고, 글자가 쓰기 사이에서 잘려도 이름과 글을 온전히 지킵니다",
  "never relays the half line of a member that resets or sends FIN mid-line, and announces that it left": "줄 가운데에서 연결을 재설정하거나 FIN을 보낸 참가자의 반 줄은 절대 전달하지 않고, 나갔다고 알립니다",
  "readOptions checks every value: --port a whole number from 0 to 65535, --max-queue-bytes a whole number of bytes from 1 up to Number.MAX_SAFE_INTEGER (written in digits only). Throw an Error that names the option and quotes the bad value; main() prints it and exits with code 1.": "readOptions는 값마다 확인합니다: --port는 0부터 65535까지의 정수, --max-queue-bytes는 1부터 Number.MAX_SAFE_INTEGER까지의 정수 바이트(숫자로만 씀). 옵션을 밝히고 잘못된 값을 따옴표로 보여 주는 Error를 throw하세요. main()이 그것을 출력하고 코드 1로 종료합니다.",
  "refuses a bad --port or --max-queue-bytes with a message that names the option and the value, and accepts --max-queue-bytes 1 and 4294967296": "잘못된 --port나 --max-queue-bytes를 옵션과 값을 밝히는 메시지로 거절하고, --max-queue-bytes 1과 4294967296은 받아들입니다",
  "refuses a name someone in the room has, lets in the same name in other case, and frees a name when its owner leaves": "방의 누군가가 쓰는 이름은 거절하고, 대소문자만 다른 이름은 들여보내며, 주인이 나가면 그 이름을 다시 쓰게 합니다",
  "refuses an empty name, a space, a sign and a 17th letter with a reason and a close, and lets in 1 and 16 letters and digits": "빈 이름, 공백, 기호, 17번째 글자를 까닭과 함께 거절하고 연결을 닫으며, 글자와 숫자 1자와 16자는 들여보냅니다",
  "relays each line as [name] text to every other member, never to its sender or to a client without a name": "줄마다 [이름] 글 꼴로 다른 모든 참가자에게 전달하고, 보낸 사람이나 이름 없는 클라이언트에게는 절대 보내지 않습니다",
  "relays two lines sent in one write, a name and a line in one write, a line sent one byte per write, and a 1000-character line": "한 번에 쓴 두 줄, 한 번에 쓴 이름과 줄, 한 번에 1바이트씩 쓴 줄, 1000글자짜리 줄을 전달합니다",
  "socket.setEncoding(\"utf8\") before the first \"data\": Node keeps the first byte of a character cut between chunks until the rest arrives. And test names with \\p{L}\\p{N} and the u flag: 민수 is two letters.": "첫 \"data\" 전에 socket.setEncoding(\"utf8\")을 부르세요: 청크 사이에서 잘린 글자의 앞 바이트를 Node가 나머지가 올 때까지 간직합니다. 그리고 이름은 \\p{L}, \\p{N}, u 플래그로 확인하세요: 민수는 두 글자입니다.",
  "start your server with --port 0 --max-queue-bytes {bytes}": "--port 0 --max-queue-bytes {bytes}(으)로 서버를 시작합니다",
  "taken": "이미 쓰는 이름",
  "tells each newcomer who is in the room: no one at first, never the newcomer, never one who left": "새로 온 사람마다 방에 누가 있는지 알려 줍니다: 처음에는 아무도 없고, 새로 온 사람 자신이나 나간 사람은 절대 넣지 않습니다",
  "ten members: one stops reading, the eight listeners still get every line at once, and the slow one is dropped once more than --max-queue-bytes wait for it": "참가자 열 명: 한 명이 읽기를 멈춰도 듣는 여덟 명은 여전히 모든 줄을 곧바로 받고, 느린 참가자는 보낼 것이 --max-queue-bytes보다 많이 쌓이면 내보냅니다",
  "the client closes its side": "클라이언트가 자기 쪽을 닫습니다",
  "the client without a name": "이름 없는 클라이언트",
  "the grader could not stall the slow reader: its receive queue stayed empty; run the check again": "채점기가 느린 읽는 쪽을 멈춰 세우지 못했습니다: 그 받기 큐가 비어 있었습니다. 검사를 다시 실행하세요",
  "the lines for {who}": "{who}에게 올 줄",
  "the notice that {slow} left": "{slow}이(가) 나갔다는 알림",
  "the presence line": "참가자 목록 줄",
  "the prompt": "프롬프트",
  "this system does not show the kernel's queues: the check relies on the bytes sent": "이 시스템은 커널의 큐를 보여 주지 않습니다: 검사는 보낸 바이트만 믿습니다",
  "your server closes {who}'s connection": "서버가 {who}의 연결을 닫습니다",
  "your server has closed {slow}'s connection": "서버가 {slow}의 연결을 닫았습니다",
  "your server refuses {name} ({why}): one line that says why, then it closes the connection": "서버가 {name}({why})을(를) 거절합니다: 까닭을 한 줄로 보낸 뒤 연결을 닫습니다",
  "{slow} read nothing, and your server kept {bytes} bytes for it in its memory, more than --max-queue-bytes {limit}. After each write, look at socket.writableLength: above the limit, drop that member and announce that it left.": "{slow}은(는) 아무것도 읽지 않았고, 서버는 그에게 보낼 {bytes}바이트를 메모리에 쌓아 두었습니다. --max-queue-bytes {limit}보다 많습니다. 쓸 때마다 socket.writableLength를 보고, 한도를 넘으면 그 참가자를 내보내고 나갔다고 알리세요.",
  "{slow} really did not read: the kernel held its bytes unread": "{slow}은(는) 정말로 읽지 않았습니다: 커널이 그 바이트를 읽지 않은 채 쥐고 있었습니다",
  "{who} connected and waited {seconds} s for a line asking for its name, and got none. Send the prompt, ending with \"\\n\", as soon as a client connects.": "{who}은(는) 연결한 뒤 이름을 묻는 줄을 {seconds}초 동안 기다렸지만 받지 못했습니다. 클라이언트가 연결하자마자 \"\\n\"으로 끝나는 프롬프트를 보내세요.",
  "{who} did not receive what the protocol says. A message reaches every other member as \"[name] text\", never its sender and never a client without a name; a line that starts with \"*\" tells who is in the room, who came and who left, naming only members.": "{who}이(가) 프로토콜이 말하는 대로 받지 못했습니다. 메시지는 \"[name] text\" 꼴로 다른 모든 참가자에게 가고, 보낸 사람이나 이름 없는 클라이언트에게는 가지 않습니다. \"*\"로 시작하는 줄은 방에 누가 있는지, 누가 오고 갔는지를 알리며, 참가자만 밝힙니다.",
  "{who} got every line of {talker}, in order, and one notice that {slow} left": "{who}이(가) {talker}의 줄을 모두 차례대로 받았고, {slow}이(가) 나갔다는 알림을 한 번 받았습니다",
  "{who} has received exactly: {lines}": "{who}이(가) 받은 것이 정확히 이렇습니다: {lines}",
  "{who} has {count} bytes unread when it resets": "{who}은(는) 연결을 재설정할 때 읽지 않은 {count}바이트를 가지고 있습니다",
  "{who} is asked for a name: one line, before it has sent anything": "{who}은(는) 아무것도 보내기 전에 이름을 묻는 줄 하나를 받습니다",
  "{who} is let in: the next line lists who is in the room": "{who}이(가) 들어갑니다: 다음 줄이 방에 있는 사람을 알려 줍니다",
  "{who} leaves: it sends FIN": "{who}이(가) 떠납니다: FIN을 보냅니다",
  "{who} reads again": "{who}이(가) 다시 읽습니다",
  "{who} resets the connection (RST)": "{who}이(가) 연결을 재설정합니다(RST)",
  "{who} resets the connection (RST) with the line unread, and {other} at once sends another": "{who}이(가) 줄을 읽지 않은 채 연결을 재설정하고(RST), {other}이(가) 곧바로 줄을 하나 더 보냅니다",
  "{who} sends its name {name}": "{who}이(가) 이름 {name}을(를) 보냅니다",
  "{who} sends lines of {size} bytes, each once the listeners got the one before, until your server drops {slow} (--max-queue-bytes {limit})": "{who}이(가) {size}바이트짜리 줄을, 듣는 이들이 앞의 줄을 받을 때마다 하나씩, 서버가 {slow}을(를) 내보낼 때까지 보냅니다(--max-queue-bytes {limit})",
  "{who} sends {text} in two writes that cut é in two": "{who}이(가) {text}을(를) é를 둘로 자르는 두 번의 쓰기로 보냅니다",
  "{who} sends {text} one byte per write (each read by your server on its own)": "{who}이(가) {text}을(를) 한 번에 1바이트씩 보냅니다(서버가 하나하나 따로 읽음)",
  "{who} sends {text}, half a line, and once your server has read it resets the connection (RST)": "{who}이(가) 반 줄인 {text}을(를) 보내고, 서버가 그것을 읽고 나면 연결을 재설정합니다(RST)",
  "{who} sent FIN and waited {seconds} s for your server to close too.": "{who}은(는) FIN을 보내고 서버도 닫기를 {seconds}초 동안 기다렸습니다.",
  "{who} sent a legal name and got no line starting with \"*\" that lists who is in the room within {seconds} s.": "{who}은(는) 알맞은 이름을 보냈지만, {seconds}초 안에 방에 있는 사람을 알리는 \"*\"로 시작하는 줄을 받지 못했습니다.",
  "{who} should have been told once that {slow} left, when your server dropped it.": "서버가 {slow}을(를) 내보냈을 때 {who}은(는) {slow}이(가) 나갔다는 알림을 한 번 받았어야 합니다.",
  "{who} should have every line of {talker}, once each, in order: it got {count} of the {total}, and line {number} is not the one sent.": "{who}은(는) {talker}의 줄을 모두 한 번씩 차례대로 받아야 합니다: {total}줄 가운데 {count}줄을 받았고, {number}번째 줄이 보낸 줄과 다릅니다.",
  "{who} stops reading": "{who}이(가) 읽기를 멈춥니다",
  "{who} stops reading (a slow reader): what your server sends it can only pile up": "{who}이(가) 읽기를 멈춥니다(느린 읽는 쪽): 서버가 보내는 것은 쌓일 수밖에 없습니다",
  "{who} waited {seconds} s and got {count} of the {expected} lines it should have by now.": "{who}은(는) {seconds}초 동안 기다려서, 지금쯤 받았어야 할 {expected}줄 가운데 {count}줄을 받았습니다.",
  "{who} waited {seconds} s for line {number} of {talker} while {slow} did not read, and got {count} lines. One member that does not read must not hold up the others: never wait for one socket's \"drain\" before you serve the rest.": "{slow}이(가) 읽지 않는 동안 {who}은(는) {talker}의 {number}번째 줄을 {seconds}초 동안 기다렸고, {count}줄을 받았습니다. 읽지 않는 참가자 한 명이 다른 이들을 붙잡으면 안 됩니다: 나머지에게 보내기 전에 소켓 하나의 \"drain\"을 기다리지 마세요.",
  "A member that reads slowly for a while is not gone: keep writing to it (Node keeps the lines in memory) and drop it only once socket.writableLength is above --max-queue-bytes, by default DEFAULT_MAX_QUEUE_BYTES (1 MiB). When it reads again, every line must reach it, in order.": "잠시 느리게 읽는 참가자는 떠난 것이 아닙니다: 계속 쓰고(Node가 줄을 메모리에 간직합니다), socket.writableLength가 --max-queue-bytes를 넘을 때에만 내보내세요. 기본값은 DEFAULT_MAX_QUEUE_BYTES(1 MiB)입니다. 다시 읽기 시작하면 모든 줄이 차례대로 가야 합니다.",
  "Your server dropped {slow} when about {bytes} bytes waited for it, far below the default --max-queue-bytes ({limit}). A member that is only slow for a while must keep its place: drop it only above the limit.": "{slow}에게 보낼 바이트가 {bytes}바이트쯤 쌓였을 때, 곧 기본 --max-queue-bytes({limit})에 한참 못 미칠 때 서버가 {slow}을(를) 내보냈습니다. 잠시 느릴 뿐인 참가자는 자리를 지켜야 합니다: 한도를 넘을 때에만 내보내세요.",
  "keeps a member that stops reading while less than --max-queue-bytes (by default 1 MiB) waits for it in memory, and it gets every line once it reads again": "읽기를 멈춘 참가자에게 보낼 것이 메모리에 --max-queue-bytes(기본값 1 MiB)보다 적게 쌓여 있는 동안은 그 참가자를 남겨 두고, 다시 읽으면 모든 줄을 받게 합니다",
  "your server kept at most {memory} bytes for {slow} in its memory; {total} bytes had been sent to it": "서버가 {slow}을(를) 위해 메모리에 쌓아 둔 것은 많아야 {memory}바이트였습니다. 보낸 것은 모두 {total}바이트입니다",
  "your server kept {slow} in the room": "서버가 {slow}을(를) 방에 남겨 두었습니다",
  "{who} gets every line of {talker}, in order": "{who}이(가) {talker}의 줄을 모두 차례대로 받습니다",
  "{who} sends lines of {size} bytes until your server keeps {bytes} bytes for {slow} in its memory, well below the default --max-queue-bytes": "{who}이(가) {size}바이트짜리 줄을, 서버가 {slow}을(를) 위해 메모리에 {bytes}바이트를 쌓을 때까지 보냅니다. 기본 --max-queue-bytes에 한참 못 미치는 양입니다",
  "Your server refused --port {port}, a good value: any whole number from 0 to 65535 is a port.": "서버가 올바른 값인 --port {port}을(를) 거절했습니다: 0부터 65535까지의 정수는 모두 포트입니다.",
  "Your server should listen on the port it was given with --port.": "서버는 --port로 받은 포트에서 리슨해야 합니다.",
  "another program took port {port} meanwhile; run the check again": "그사이 다른 프로그램이 포트 {port}을(를) 차지했습니다. 검사를 다시 실행하세요",
  "find a free port": "비어 있는 포트를 찾습니다",
  "it listens on port {port}": "포트 {port}에서 리슨합니다",
  // ── 10 10-chat: END ──
  // ── 11 11-smtp (client): BEGIN (exercise 11's client owns this block) ──
  "A 4xx or 5xx to one RCPT TO refuses that recipient only: push it, with the reply, onto `rejected` and send RCPT TO for the next one. Send DATA when at least one was accepted, print one stderr line per refused one (address and reply), and exit with code 0.": "RCPT TO 하나에 온 4xx나 5xx는 그 받는 사람만 거절합니다. 응답과 함께 `rejected`에 넣고 다음 받는 사람에게 RCPT TO를 보내세요. 하나라도 받아들여졌으면 DATA를 보내고, 거절된 받는 사람마다 stderr에 한 줄(주소와 응답)을 출력하고, 코드 0으로 종료합니다.",
  "A finally sends QUIT while the connection still works, then ends and destroys the socket, so your program exits as soon as it is done.": "finally에서 연결이 아직 살아 있으면 QUIT을 보내고, 소켓을 end한 뒤 destroy합니다. 그러면 일이 끝나자마자 프로그램이 종료합니다.",
  "A refused recipient is refused alone: keep its address and reply, send RCPT TO for the next one, and send the message to those the server accepted.": "거절된 받는 사람은 그 사람만 거절된 것입니다. 주소와 응답을 기억해 두고, 다음 받는 사람에게 RCPT TO를 보내고, 서버가 받아들인 사람들에게 메시지를 보내세요.",
  "A server that does not know EHLO answers it with a 5xx (500 or 502): say HELO with the same name (--helo) and go on as usual.": "EHLO를 모르는 서버는 5xx(500 또는 502)로 답합니다. 같은 이름(--helo)으로 HELO를 보내고 평소처럼 이어 가세요.",
  "After 354, send every line of the message with \\r\\n (a bare \\n too), put one more \".\" before a line that starts with \".\" (so \".\" alone becomes \"..\"), end a last line that has no line end, then send \".\\r\\n\".": "354 뒤에는 메시지의 모든 줄을 \\r\\n으로 끝내 보내고(맨 \\n도), \".\"으로 시작하는 줄 앞에는 \".\"을 하나 더 붙이고(그래서 \".\"만 있는 줄은 \"..\"이 됩니다), 줄 끝이 없는 마지막 줄을 끝맺은 다음 \".\\r\\n\"을 보내세요.",
  "After a refusal, send nothing more of the mail: only QUIT, then end the connection.": "거절된 뒤에는 메일의 나머지를 보내지 마세요. QUIT만 보내고 연결을 끝내세요.",
  "An empty message is just the final line \".\\r\\n\" after 354: no blank line before it.": "빈 메시지는 354 뒤의 마지막 줄 \".\\r\\n\" 하나뿐입니다. 그 앞에 빈 줄을 두지 마세요.",
  "An old server does not know EHLO and answers it with a 5xx (500 or 502). Then send `HELO ${helo}` with the same name, and go on when it answers 250. Look at the first digit of the code, not at one particular code.": "오래된 서버는 EHLO를 몰라서 5xx(500 또는 502)로 답합니다. 그러면 같은 이름으로 `HELO ${helo}`를 보내고, 250이 오면 이어 가세요. 특정한 코드 하나가 아니라 코드의 첫 자리를 보세요.",
  "Connect to the host given with --host, not a fixed address, and deliver there as usual.": "정해 둔 주소가 아니라 --host로 받은 호스트에 연결해서 평소처럼 배달하세요.",
  "DATA must be answered with 354 (a 3xx) before you send the message. A 4xx or 5xx means: send no message, say QUIT, and fail with the reply quoted.": "DATA에는 메시지를 보내기 전에 354(3xx) 응답이 와야 합니다. 4xx나 5xx가 오면 메시지를 보내지 말고, QUIT을 보내고, 응답을 인용해 실패하세요.",
  "Deliver as usual on the default port.": "기본 포트에서 평소처럼 배달하세요.",
  "Each reply's first digit decides: 2 go on, 3 (after DATA) send the message, 4 or 5 stop that step (for one RCPT, only that recipient).": "응답 코드의 첫 자리가 정합니다: 2는 계속, 3은(DATA 뒤) 메시지를 보내라는 뜻, 4나 5는 그 단계를 멈춤(RCPT 하나라면 그 받는 사람만).",
  "Every wait has a timer of --timeout-ms, cleared when the reply comes; \"end\" and \"error\" end a wait too.": "기다릴 때마다 --timeout-ms 타이머를 두고 응답이 오면 지웁니다. \"end\"와 \"error\"도 기다림을 끝냅니다.",
  "Handle the socket's \"error\" event. ECONNREFUSED means nothing listens on that port: fail with a sentence that names host:port, no stack trace.": "소켓의 \"error\" 이벤트를 처리하세요. ECONNREFUSED는 그 포트에서 아무것도 리슨하지 않는다는 뜻입니다. 스택 트레이스 없이 host:port를 밝히는 한 문장으로 실패하세요.",
  "Keep the message a Buffer from stdin to the socket, and write command lines as UTF-8 (socket.write(text) does that; \"latin1\" does not). Decode a reply only once its whole line has come: a Korean character's three bytes may come in two reads.": "메시지는 stdin에서 소켓까지 Buffer로 두고, 명령 줄은 UTF-8로 쓰세요(socket.write(text)가 그렇게 합니다. \"latin1\"은 아닙니다). 응답은 한 줄이 다 온 뒤에만 디코딩하세요. 한국어 글자의 세 바이트가 두 번에 나뉘어 올 수 있습니다.",
  "Listen for \"end\" (and \"close\"): when the server closes while you wait for a reply, stop waiting at once and fail with a message that names host:port and the step.": "\"end\"(그리고 \"close\")를 들으세요. 응답을 기다리는 동안 서버가 연결을 닫으면 바로 기다리기를 그만두고, host:port와 단계를 밝히는 메시지로 실패하세요.",
  "Look at the reply to MAIL FROM: only 2xx goes on. For a 4xx or 5xx, stop, but still send QUIT in a finally, and throw an Error that names host:port and quotes the reply as it came.": "MAIL FROM의 응답을 보세요. 2xx만 계속합니다. 4xx나 5xx면 멈추되 finally에서 QUIT은 보내고, host:port를 밝히고 응답을 온 그대로 인용하는 Error를 던지세요.",
  "One \"data\" event is not one reply: collect the bytes, cut them into lines at \"\\r\\n\", and a reply ends only at a line whose fourth character is a space (\"250 8BITMIME\"), not a dash (\"250-PIPELINING\"). Checking reply[:3] of the first read is the classic bug.": "\"data\" 이벤트 하나는 응답 하나가 아닙니다. 바이트를 모아 \"\\r\\n\"에서 줄로 자르고, 응답은 네 번째 글자가 대시(\"250-PIPELINING\")가 아니라 공백(\"250 8BITMIME\")인 줄에서만 끝납니다. 첫 번째로 읽은 것의 reply[:3]만 보는 것이 대표적인 버그입니다.",
  "Pass both options to connect({ host, port }): the host given with --host, not a fixed 127.0.0.1.": "두 옵션을 모두 connect({ host, port })에 넘기세요. 정해 둔 127.0.0.1이 아니라 --host로 받은 호스트입니다.",
  "Print exactly one line on stdout for each recipient the server accepted, with its address ({count} lines: {addresses}); your client printed {printed} lines there.": "서버가 받아들인 받는 사람마다 주소를 담은 줄을 stdout에 정확히 한 줄씩 출력하세요({count}줄: {addresses}). 클라이언트는 그곳에 {printed}줄을 출력했습니다.",
  "Read each reply whole before you send the next command: its bytes come in many reads, and a reply of several lines ends only at the line whose code is followed by a space.": "다음 명령을 보내기 전에 응답을 통째로 읽으세요. 응답의 바이트는 여러 번에 나뉘어 오고, 여러 줄짜리 응답은 코드 뒤에 공백이 오는 줄에서야 끝납니다.",
  "SMTP: sending and receiving mail": "SMTP: 메일 보내고 받기",
  "Send each command exactly as SMTP spells it (EHLO name, MAIL FROM:<address>, RCPT TO:<address>, DATA, QUIT), each line ending in \\r\\n, the message right after the 354, and its final line \".\\r\\n\".": "명령마다 SMTP가 쓰는 그대로 보내세요(EHLO 이름, MAIL FROM:<주소>, RCPT TO:<주소>, DATA, QUIT). 줄마다 \\r\\n으로 끝내고, 354 바로 뒤에 메시지를, 마지막에 \".\\r\\n\" 줄을 보냅니다.",
  "Send the addresses and the message as UTF-8 bytes, exactly as they were given: never as latin1, never one character per byte.": "주소와 메시지는 받은 그대로 UTF-8 바이트로 보내세요. latin1로도, 글자 하나를 한 바이트로도 보내지 마세요.",
  "Start a timer of --timeout-ms whenever you wait for a reply (the greeting, and after every command, the final dot too) and clear it when the reply comes. When it fires, destroy the socket and fail with host:port.": "응답을 기다릴 때마다(인사, 그리고 모든 명령 뒤, 마지막 점 뒤에도) --timeout-ms 타이머를 두고 응답이 오면 지우세요. 타이머가 울리면 소켓을 destroy하고 host:port를 밝히며 실패하세요.",
  "Start with the conversation of the lesson's diagram, by hand: run the server, then `nc -C 127.0.0.1 2525` and type EHLO, MAIL FROM:<…>, RCPT TO:<…>, DATA, a line, a dot, QUIT. Your client does exactly that.": "레슨의 다이어그램에 나온 대화를 손으로 먼저 해 보세요. 서버를 실행하고 `nc -C 127.0.0.1 2525`로 EHLO, MAIL FROM:<…>, RCPT TO:<…>, DATA, 한 줄, 점, QUIT을 입력합니다. 클라이언트가 하는 일이 바로 그것입니다.",
  "Started without --port, your client never connected to port {port}. Give the --port option the default \"{port}\": SMTP's own port 25 needs a privileged program.": "--port 없이 실행한 클라이언트가 포트 {port}에 연결하지 않았습니다. --port 옵션의 기본값을 \"{port}\"(으)로 주세요. SMTP의 원래 포트 25는 권한 있는 프로그램만 쓸 수 있습니다.",
  "The greeting is a reply too: a 554 means the server will not take mail. Do not send EHLO; send QUIT, read its reply, and fail with a message that quotes the greeting.": "인사도 응답입니다. 554는 서버가 메일을 받지 않겠다는 뜻입니다. EHLO를 보내지 말고, QUIT을 보내 그 응답을 읽은 뒤, 인사를 인용하는 메시지로 실패하세요.",
  "The reply after the final dot is the one that says whether the mail was taken: read it, and treat a 4xx or 5xx as a failure (quote it, exit with code 1), after QUIT.": "마지막 점 뒤의 응답이 메일을 받았는지 말해 주는 응답입니다. 그것을 읽고, 4xx나 5xx면 실패로 다루세요(응답을 인용하고 코드 1로 종료). QUIT은 그 뒤에 보냅니다.",
  "The server never saw the end of your message: it ends only at \\r\\n.\\r\\n, a line that is just a dot, with CRLF before and after it. A \\n.\\n or a missing dot leaves the server waiting for more.": "서버는 메시지의 끝을 보지 못했습니다. 메시지는 \\r\\n.\\r\\n에서만, 즉 앞뒤에 CRLF가 있고 점 하나뿐인 줄에서만 끝납니다. \\n.\\n이나 빠진 점은 서버가 계속 기다리게 만듭니다.",
  "Then a reply reader: bytes into lines, lines into replies (the last line of a reply has a space after its code). Await it after every command, never one \"data\" event per reply.": "다음은 응답 읽개입니다. 바이트를 줄로, 줄을 응답으로 모읍니다(응답의 마지막 줄은 코드 뒤에 공백이 옵니다). 명령마다 그것을 await하고, \"data\" 이벤트 하나를 응답 하나로 여기지 마세요.",
  "Wait for the 220 greeting, then send `EHLO ${helo}`, `MAIL FROM:<${from}>`, one `RCPT TO:<${address}>` per --to, `DATA`, the message from dotStuff and `QUIT`, each command with \\r\\n and each only after the reply to the one before. After the reply to QUIT, end the socket yourself: the server waits for you to close first.": "220 인사를 기다린 뒤 `EHLO ${helo}`, `MAIL FROM:<${from}>`, --to마다 `RCPT TO:<${address}>` 하나, `DATA`, dotStuff가 만든 메시지, `QUIT`을 보냅니다. 명령마다 \\r\\n으로 끝내고, 앞 명령의 응답이 온 뒤에만 보냅니다. QUIT의 응답이 오면 소켓은 직접 끝내세요. 서버는 여러분이 먼저 닫기를 기다립니다.",
  "When no RCPT TO got a 2xx, there is nobody to send the message to: send no DATA, say QUIT, and reject with an Error that names host:port and quotes every refusal; main() prints it and exits with code 1.": "어떤 RCPT TO도 2xx를 받지 못했다면 메시지를 보낼 사람이 없습니다. DATA를 보내지 말고, QUIT을 보내고, host:port를 밝히고 거절마다 인용하는 Error로 reject하세요. main()이 그것을 출력하고 코드 1로 종료합니다.",
  "Without --port, readOptions gives 2525: parseArgs with port: { type: \"string\", default: \"2525\" }. Port 25 is SMTP's own, but only a privileged program may listen there.": "--port가 없으면 readOptions는 2525를 줍니다: parseArgs의 port: { type: \"string\", default: \"2525\" }. 포트 25가 SMTP의 원래 포트지만, 권한 있는 프로그램만 거기서 리슨할 수 있습니다.",
  "Work on the bytes line by line: a line ends at \"\\n\" (drop one \"\\r\" before it) and goes out with \"\\r\\n\"; a line that starts with \".\" gets one more \".\"; a last line without a line end gets one; then \".\\r\\n\". Never end with \"\\n.\\n\", and an empty message is just \".\\r\\n\".": "바이트를 한 줄씩 다루세요. 줄은 \"\\n\"에서 끝나고(그 앞의 \"\\r\" 하나는 떼고) \"\\r\\n\"과 함께 나갑니다. \".\"으로 시작하는 줄에는 \".\"을 하나 더 붙이고, 줄 끝이 없는 마지막 줄에는 줄 끝을 붙이고, 마지막에 \".\\r\\n\"을 보냅니다. \"\\n.\\n\"으로 끝내지 말고, 빈 메시지는 \".\\r\\n\" 하나뿐입니다.",
  "Write dotStuff first: it is pure bytes in, bytes out. Walk the lines with indexOf(0x0a), give each \"\\r\\n\", double a leading dot, end with \".\\r\\n\".": "dotStuff부터 쓰세요. 바이트를 받아 바이트를 내주는 순수한 함수입니다. indexOf(0x0a)로 줄을 훑으며 줄마다 \"\\r\\n\"을 붙이고, 맨 앞의 점은 겹치고, \".\\r\\n\"으로 끝냅니다.",
  "Your client did not say on stderr that {address} was refused, with the server's reply {reply}, on one line: the sender needs to know who did not get the mail, and why.": "클라이언트가 stderr에 {address}이(가) 서버의 응답 {reply}와(과) 함께 거절되었다고 한 줄로 말하지 않았습니다. 보내는 사람은 누가 메일을 받지 못했는지, 왜인지 알아야 합니다.",
  "Your client printed the refused recipient {address} on stdout, where only accepted recipients belong.": "클라이언트가 거절된 받는 사람 {address}을(를) stdout에 출력했습니다. 그곳은 받아들여진 받는 사람만의 자리입니다.",
  "Your client sent {command} before the whole reply to {before} had come. A reply can arrive in many reads, and can have several lines (250-… on all but the last, 250 … on the last): read until its last line has come, then send the next command. A line ends only at \\r\\n: node:readline takes a lone \\r for a line end, and answers one byte too early.": "클라이언트가 {before}에 대한 응답이 다 오기 전에 {command}을(를) 보냈습니다. 응답은 여러 번에 나뉘어 올 수 있고 여러 줄일 수 있습니다(마지막 줄 말고는 250-…, 마지막 줄은 250 …). 마지막 줄이 온 뒤에 다음 명령을 보내세요. 줄은 \\r\\n에서만 끝납니다. node:readline은 홀로 온 \\r을 줄 끝으로 여겨 한 바이트 일찍 답합니다.",
  "Your program {how} instead of exiting with code 0: the message was accepted.": "프로그램이 {how}. 메시지는 받아들여졌으니 코드 0으로 종료해야 합니다.",
  "a 554 greeting": "554 인사",
  "a refused DATA ({reply})": "거절된 DATA({reply})",
  "a refused message ({reply})": "거절된 메시지({reply})",
  "a refused sender ({reply})": "거절된 보내는 사람({reply})",
  "a server silent after the final dot": "마지막 점 뒤에 응답하지 않는 서버",
  "a server that closed before its greeting": "인사 전에 연결을 닫은 서버",
  "a server that closed before its reply to MAIL FROM": "MAIL FROM에 응답하기 전에 연결을 닫은 서버",
  "a server that never greets": "인사를 하지 않는 서버",
  "bad options: {args}": "잘못된 옵션({args})",
  "connects to the address given with --host and delivers there": "--host로 받은 주소에 연결해 그곳에 배달합니다",
  "delivers a message: EHLO, MAIL FROM, a RCPT TO per recipient, DATA, the message and its final dot, QUIT, then ends at once": "메시지를 배달합니다: EHLO, MAIL FROM, 받는 사람마다 RCPT TO, DATA, 메시지와 마지막 점, QUIT, 그리고 바로 끝납니다",
  "doubles a leading dot, sends every line end as CRLF, ends a last line that has none, and sends an empty message as the dot alone": "맨 앞의 점을 겹치고, 모든 줄 끝을 CRLF로 보내고, 줄 끝이 없는 마지막 줄을 끝맺고, 빈 메시지는 점 하나로 보냅니다",
  "each piece reached your client as a read of its own (the grader's own check of the provocation)": "조각마다 클라이언트가 따로 읽었습니다(채점기가 스스로 확인하는 도발)",
  "every recipient refused": "모든 받는 사람이 거절됨",
  "explains a refused connection, naming the server's address and port, with an error code": "거부된 연결을 서버의 주소와 포트를 밝히며 설명하고, 오류 코드로 종료합니다",
  "gives up after --timeout-ms on a server that never greets, and on one that never answers the final dot": "인사하지 않는 서버와 마지막 점에 답하지 않는 서버를 --timeout-ms 뒤에 포기합니다",
  "goes on after a refused recipient, sends the message to the others, reports the refused one on stderr and exits with code 0": "거절된 받는 사람 뒤에도 이어 가서 나머지에게 메시지를 보내고, 거절된 사람을 stderr에 알리고, 코드 0으로 종료합니다",
  "it prints a line on stderr for each refused recipient, with the address and the server's reply: {rejected}": "거절된 받는 사람마다 stderr에 주소와 서버의 응답을 담은 줄을 출력합니다: {rejected}",
  "it prints one line on stdout per accepted recipient, naming it: {addresses}": "받아들여진 받는 사람마다 그 사람을 밝히는 줄 하나를 stdout에 출력합니다: {addresses}",
  "port {port} is taken on {host}": "{host}에서는 포트 {port}을(를) 이미 쓰고 있습니다",
  "readOptions checks every value: --from and at least one --to given, --port a whole number from 1 to 65535, --timeout-ms a whole number from 1 to 2147483647. Throw an Error that names the option and quotes the value; main() prints it and exits with code 1.": "readOptions는 모든 값을 확인합니다: --from과 --to 하나 이상이 주어졌는지, --port는 1부터 65535까지의 정수인지, --timeout-ms는 1부터 2147483647까지의 정수인지. 옵션 이름을 밝히고 값을 인용하는 Error를 던지세요. main()이 그것을 출력하고 코드 1로 종료합니다.",
  "reads a greeting cut inside its code, a reply of four lines cut mid-line, and a reply one byte at a time, each whole before the next command": "코드 안에서 잘린 인사, 줄 가운데에서 잘린 네 줄짜리 응답, 한 바이트씩 오는 응답을 읽고, 응답마다 다 온 뒤에 다음 명령을 보냅니다",
  "refuses a missing --from or --to, --port=-1, --port 65536, --timeout-ms 0 and --timeout-ms 2147483648, naming the option and the value": "빠진 --from이나 --to, --port=-1, --port 65536, --timeout-ms 0, --timeout-ms 2147483648을 옵션과 값을 밝히며 거부합니다",
  "reports a 452 or 550 after the final dot as a failure, says QUIT, and exits with an error code and a message that quotes the reply": "마지막 점 뒤의 452나 550을 실패로 알리고, QUIT을 보내고, 응답을 인용하는 메시지와 오류 코드로 종료합니다",
  "reports a server that closes the connection instead of greeting, or instead of answering MAIL FROM, and ends at once": "인사 대신, 또는 MAIL FROM의 응답 대신 연결을 닫는 서버를 알리고 바로 끝납니다",
  "run your client with {args}, and {count} bytes of message on its stdin": "클라이언트를 실행합니다: {args}, stdin에는 메시지 {count}바이트",
  "says HELO --helo when the server answers EHLO with 500 or 502, and delivers the message": "서버가 EHLO에 500이나 502로 답하면 HELO --helo를 보내고 메시지를 배달합니다",
  "says only QUIT to a server that greets with 554, and exits with an error code and a message that quotes the greeting": "554로 인사하는 서버에는 QUIT만 보내고, 인사를 인용하는 메시지와 오류 코드로 종료합니다",
  "sends a Korean message and a Korean address byte for byte, and quotes a Korean reply cut inside a character": "한국어 메시지와 한국어 주소를 바이트 그대로 보내고, 글자 안에서 잘린 한국어 응답을 인용합니다",
  "sends no DATA when every recipient is refused, says QUIT, quotes each refusal and exits with an error code": "모든 받는 사람이 거절되면 DATA를 보내지 않고, QUIT을 보내고, 거절마다 인용하며 오류 코드로 종료합니다",
  "start a scripted mail server on port {port} of a loopback address": "루프백 주소의 포트 {port}에서 각본 있는 메일 서버를 시작합니다",
  "start a scripted mail server on {host}": "{host}에서 각본 있는 메일 서버를 시작합니다",
  "start a scripted mail server that accepts everything": "모든 것을 받아들이는 각본 있는 메일 서버를 시작합니다",
  "start a scripted mail server that accepts the connection and never says a word": "연결을 받아들이고 한마디도 하지 않는 각본 있는 메일 서버를 시작합니다",
  "start a scripted mail server that answers DATA with {reply}": "DATA에 {reply}(으)로 답하는 각본 있는 메일 서버를 시작합니다",
  "start a scripted mail server that answers EHLO with {reply}": "EHLO에 {reply}(으)로 답하는 각본 있는 메일 서버를 시작합니다",
  "start a scripted mail server that answers MAIL FROM with {reply}": "MAIL FROM에 {reply}(으)로 답하는 각본 있는 메일 서버를 시작합니다",
  "start a scripted mail server that answers the final dot with {reply}": "마지막 점에 {reply}(으)로 답하는 각본 있는 메일 서버를 시작합니다",
  "start a scripted mail server that closes the connection at once, without a greeting": "인사 없이 바로 연결을 닫는 각본 있는 메일 서버를 시작합니다",
  "start a scripted mail server that cuts its greeting after \"22\", sends its EHLO reply of four lines in five pieces, and its reply to MAIL one byte per write": "인사를 \"22\" 뒤에서 자르고, 네 줄짜리 EHLO 응답을 다섯 조각으로, MAIL의 응답을 한 번에 한 바이트씩 보내는 각본 있는 메일 서버를 시작합니다",
  "start a scripted mail server that greets with {reply}": "{reply}(으)로 인사하는 각본 있는 메일 서버를 시작합니다",
  "start a scripted mail server that never answers the final dot": "마지막 점에 답하지 않는 각본 있는 메일 서버를 시작합니다",
  "start a scripted mail server that reads MAIL FROM and closes the connection without a reply": "MAIL FROM을 읽고 응답 없이 연결을 닫는 각본 있는 메일 서버를 시작합니다",
  "start a scripted mail server that refuses both recipients, one with 550 and one with 451": "두 받는 사람을 하나는 550, 하나는 451로 거절하는 각본 있는 메일 서버를 시작합니다",
  "start a scripted mail server that refuses {address} with {reply}": "{address}을(를) {reply}(으)로 거절하는 각본 있는 메일 서버를 시작합니다",
  "start a scripted mail server that refuses {address} with {reply}, cut inside its first Korean character": "{address}을(를) 첫 한국어 글자 안에서 자른 {reply}(으)로 거절하는 각본 있는 메일 서버를 시작합니다",
  "stops at a 451 or 553 to MAIL FROM, says QUIT, and exits with an error code and a message that quotes the reply": "MAIL FROM에 온 451이나 553에서 멈추고, QUIT을 보내고, 응답을 인용하는 메시지와 오류 코드로 종료합니다",
  "stops at a 451 or 554 to DATA without sending the message, says QUIT, and exits with an error code and a message that quotes the reply": "DATA에 온 451이나 554에서 메시지를 보내지 않고 멈추고, QUIT을 보내고, 응답을 인용하는 메시지와 오류 코드로 종료합니다",
  "the end of your message, \\r\\n.\\r\\n": "메시지의 끝, \\r\\n.\\r\\n",
  "the greeting": "인사",
  "the reply after the final dot": "마지막 점 뒤의 응답",
  "the scripted mail server never saw the end of the message, \\r\\n.\\r\\n, and closes the connection": "각본 있는 메일 서버가 메시지의 끝 \\r\\n.\\r\\n을 보지 못해 연결을 닫습니다",
  "the scripted mail server says nothing from now on, and keeps the connection open": "각본 있는 메일 서버가 이제부터 아무 말도 하지 않고 연결을 열어 둡니다",
  "the scripted mail server to do its part": "각본 있는 메일 서버가 제 몫을 마치기",
  "the server answered QUIT (it closes only once your client has)": "서버가 QUIT에 답했습니다(서버는 클라이언트가 닫은 뒤에야 닫습니다)",
  "the server received exactly these lines, each ending in \\r\\n: {lines}": "서버가 받은 줄이 정확히 이것들이고, 줄마다 \\r\\n으로 끝납니다: {lines}",
  "the server's reply, {reply}": "서버의 응답 {reply}",
  "the server, {where}": "서버 {where}",
  "the value": "값",
  "wait until the scripted mail server has done its part": "각본 있는 메일 서버가 제 몫을 마칠 때까지 기다립니다",
  "without --port, connects to port 2525": "--port가 없으면 포트 2525에 연결합니다",
  "your client connects to port {port}": "클라이언트가 포트 {port}에 연결합니다",
  "your client to close the connection after QUIT": "클라이언트가 QUIT 뒤에 연결을 닫기",
  "your client's next command": "클라이언트의 다음 명령",
  "{what}, with --timeout-ms {ms}": "{what}, --timeout-ms {ms}",
  // ── 11 11-smtp (client): END ──
};
