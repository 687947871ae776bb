import Crypto

/// The content hash that makes loads idempotent: SHA-256 of the article text's UTF-8, in lowercase hex.
enum ContentHash {
    static func sha256(_ text: String) -> String {
        let digest = SHA256.hash(data: Array(text.utf8))
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
