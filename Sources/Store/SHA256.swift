import Foundation

/// SHA-256 (FIPS 180-4) of a byte buffer, as 64 lowercase hexadecimal digits.
///
/// The store keys ingested files by the digest of their bytes, so the same file ingested
/// twice is recognised whatever its name. Checked against the FIPS 180-4 example vectors in
/// the tests.
enum SHA256 {
    static func hex(of data: Data) -> String {
        var state: [UInt32] = [
            0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
        ]
        let wholeBlocks = data.count / 64
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
            state.withUnsafeMutableBufferPointer { state in
                data.withUnsafeBytes { bytes in
                    for block in 0..<wholeBlocks {
                        compress(UnsafeRawBufferPointer(rebasing: bytes[(block * 64)..<(block * 64 + 64)]),
                                 state: state, schedule: schedule)
                    }
                }
                // The tail: the remaining bytes, a 1 bit, zeros, and the length in bits
                // (big-endian), filling one or two final blocks.
                var tail = [UInt8](data.suffix(from: data.startIndex + wholeBlocks * 64))
                tail.append(0x80)
                while tail.count % 64 != 56 { tail.append(0) }
                let bitLength = UInt64(data.count) &* 8
                for shift in stride(from: 56, through: 0, by: -8) {
                    tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
                }
                tail.withUnsafeBytes { bytes in
                    for block in 0..<(tail.count / 64) {
                        compress(UnsafeRawBufferPointer(rebasing: bytes[(block * 64)..<(block * 64 + 64)]),
                                 state: state, schedule: schedule)
                    }
                }
            }
        }
        return state.map { word in
            let digits = String(word, radix: 16)
            return String(repeating: "0", count: 8 - digits.count) + digits
        }.joined()
    }

    /// One 64-byte block into the running state; `schedule` is scratch space for 64 words.
    private static func compress(_ block: UnsafeRawBufferPointer, state: UnsafeMutableBufferPointer<UInt32>,
                                 schedule: UnsafeMutableBufferPointer<UInt32>) {
        guard let base = block.baseAddress, let w = schedule.baseAddress, let h0 = state.baseAddress,
              block.count == 64, schedule.count >= 64, state.count == 8 else { return }
        for index in 0..<16 {
            w[index] = UInt32(bigEndian: base.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
        }
        for index in 16..<64 {
            let w15 = w[index - 15], w2 = w[index - 2]
            let sigma0 = rotate(w15, 7) ^ rotate(w15, 18) ^ (w15 >> 3)
            let sigma1 = rotate(w2, 17) ^ rotate(w2, 19) ^ (w2 >> 10)
            w[index] = w[index - 16] &+ sigma0 &+ w[index - 7] &+ sigma1
        }
        var (a, b, c, d, e, f, g, h) = (h0[0], h0[1], h0[2], h0[3], h0[4], h0[5], h0[6], h0[7])
        roundConstants.withUnsafeBufferPointer { k in
            for index in 0..<64 {
                let sum1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
                let choice = (e & f) ^ (~e & g)
                let temp1 = h &+ sum1 &+ choice &+ k[index] &+ w[index]
                let sum0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
                let majority = (a & b) ^ (a & c) ^ (b & c)
                (h, g, f, e, d, c, b, a) = (g, f, e, d &+ temp1, c, b, a, temp1 &+ sum0 &+ majority)
            }
        }
        h0[0] &+= a; h0[1] &+= b; h0[2] &+= c; h0[3] &+= d
        h0[4] &+= e; h0[5] &+= f; h0[6] &+= g; h0[7] &+= h
    }

    private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
        (value >> count) | (value << (32 - count))
    }

    /// The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]
}
