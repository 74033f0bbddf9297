/// Splits a command as a POSIX shell would, for the quoting ``ShellQuoting`` writes: words
/// separated by spaces, single-quoted spans taken literally, `\'` outside quotes a quote.
enum ShellWords {
    static func split(_ command: String) -> [String]? {
        var words = [String](), word = "", inWord = false, quoted = false, escaped = false
        for character in command {
            if quoted {
                if character == "'" { quoted = false } else { word.append(character) }
            } else if escaped {
                word.append(character)
                escaped = false
            } else if character == "'" {
                quoted = true
                inWord = true
            } else if character == "\\" {
                escaped = true
                inWord = true
            } else if character == " " {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(character)
                inWord = true
            }
        }
        guard !quoted, !escaped else { return nil }
        if inWord { words.append(word) }
        return words
    }
}
