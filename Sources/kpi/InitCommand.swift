import ArgumentParser
import Foundation
import SampleData

/// `kpi init`: writes the sample project to a new folder.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Write a starter project (project file, scorecard and sample CSV exports).",
        discussion: "Example:\n  kpi init demo && kpi run demo/kpi.yaml")

    @Argument(help: "The folder to create.")
    var directory: String

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        guard let source = SampleData.directory else {
            throw InitError("the sample project was not found next to the kpi executable; run kpi from its build folder")
        }
        let manager = FileManager.default
        let target = URL(fileURLWithPath: directory)
        for file in SampleData.files where manager.fileExists(atPath: target.appendingPathComponent(file).path) {
            throw InitError("\(target.appendingPathComponent(file).path) already exists; choose a new folder")
        }
        try manager.createDirectory(at: target, withIntermediateDirectories: true)
        for file in SampleData.files {
            try manager.copyItem(at: source.appendingPathComponent(file), to: target.appendingPathComponent(file))
        }
        let message = "Wrote a starter project to \(directory)/ (\(SampleData.files.joined(separator: ", "))).\nNext: kpi run \(directory)/kpi.yaml\n"
        if !quiet { FileHandle.standardOutput.write(Data(message.utf8)) }
    }
}

/// A one-line reason `kpi init` could not write the project.
struct InitError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
