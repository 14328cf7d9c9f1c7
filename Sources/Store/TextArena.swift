/// Copies of the text bound to a statement, kept in place until the statement has run, so
/// that SQLite can read them where they are (`SQLITE_STATIC`) instead of allocating a copy
/// of every value it is given.
///
/// Memory comes in chunks that never move; ``reset()`` makes all of it reusable, which is
/// safe once the statement that read it has run.
final class TextArena {
    private var chunks: [UnsafeMutableRawBufferPointer] = []
    /// The chunk being filled, and how much of it is used.
    private var current = 0
    private var used = 0
    private static let chunkSize = 1 << 16

    /// The UTF-8 bytes of `text`, copied into the arena; valid until ``reset()``.
    func store(_ text: String) -> UnsafeRawBufferPointer {
        var text = text
        return text.withUTF8 { bytes in
            let target = room(for: bytes.count)
            if let source = bytes.baseAddress { target.copyMemory(from: source, byteCount: bytes.count) }
            used += bytes.count
            return UnsafeRawBufferPointer(start: target, count: bytes.count)
        }
    }

    /// Makes every chunk free again.
    func reset() {
        current = 0
        used = 0
    }

    deinit {
        for chunk in chunks { chunk.deallocate() }
    }

    /// Where `count` bytes fit, moving on to the next chunk, or a new one, when this one is full.
    private func room(for count: Int) -> UnsafeMutableRawPointer {
        while current < chunks.count, used + count > chunks[current].count {
            current += 1
            used = 0
        }
        if current == chunks.count {
            chunks.append(.allocate(byteCount: max(TextArena.chunkSize, count), alignment: 1))
            used = 0
        }
        // Chunks are never empty, so the base address exists.
        return chunks[current].baseAddress.unsafelyUnwrapped + used
    }
}
