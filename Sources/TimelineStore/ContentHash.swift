import Crypto

/// The content hash that makes loads idempotent: SHA-256 of the article text's UTF-8, in lowercase hex.
enum ContentHash {
    static func sha256(_ text: String) -> String {
        // Hashed in place: a copy of a long article's bytes would be as large as the article.
        var text = text
        text.makeContiguousUTF8()
        var hasher = SHA256()
        text.utf8.withContiguousStorageIfAvailable { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        let digest = hasher.finalize()
        let hexDigits = Array("0123456789abcdef")
        var hex = ""
        hex.reserveCapacity(64)
        for byte in digest {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0F)])
        }
        return hex
    }
}
