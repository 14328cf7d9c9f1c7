// ols-bench: times KPIKit's full OLS fit (`LinearRegression.fit`: coefficients, standard
// errors, t and p values, confidence intervals, R², F test, log-likelihood, AIC/BIC,
// condition number) on data written by Benchmarks/OLS/ols_workloads.py, so that numpy,
// statsmodels and KPIKit fit the identical numbers.
//
// Usage:
//   ols-bench --data DIR [--repetitions K] [--budget SECONDS] [--phases] NAME:N:P:COUNT ...
//   ols-bench --info
//
// Each workload NAME reads, from DIR, raw little-endian float64 files:
//   NAME.X.f64        COUNT designs, each N×P column-major (first column all ones)
//   NAME.y.f64        COUNT responses of N values
//   NAME.beta.f64     COUNT×P reference coefficients from numpy.linalg.lstsq
//   NAME.se.f64       COUNT×P reference standard errors, σ²·diag((XᵀX)⁻¹), from numpy
//
// A pass fits all COUNT regressions of a workload. One warm-up pass, then K timed passes
// (default 5), or fewer once the timed passes have taken SECONDS (default 60; at least one
// timed pass), so that a slow workload cannot stretch the run. The output is one JSON line
// per workload: the best and the median pass, the number of timed passes, the largest
// absolute difference of our coefficients from numpy's, the largest relative difference of
// our standard errors from numpy's, and how many fits the solver redid in double-double
// arithmetic (it does so when its error bound for the double-precision solution exceeds
// 1e-14).
//
// --phases adds, per workload, JSON lines timing pieces of the fit on their own (the full
// fit and LeastSquares.solve, each with the default and with double-only precision, the Gram
// matrix XᵀX, the SVD of R), with the least CPU time of a pass (all threads; with
// OPENBLAS_NUM_THREADS=1 it measures work even on a busy machine), and the solver's error
// bound and condition estimates, to show where time goes.
// --info prints the BLAS this binary runs on (OpenBLAS's own configuration string).

import Foundation
import LinearAlgebra
import Regression
#if canImport(Glibc)
import Glibc
#endif

struct Workload {
    let name: String
    let n: Int
    let p: Int
    let count: Int
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
}

// MARK: Arguments

let usage = """
    usage: ols-bench --data DIR [--repetitions K] [--budget SECONDS] [--phases] NAME:N:P:COUNT ...
           ols-bench --info
    """

func parseArguments() throws
    -> (data: String, repetitions: Int, budget: Double, phases: Bool, info: Bool, workloads: [Workload]) {
    var data: String?
    var repetitions = 5
    var budget = 60.0
    var phases = false
    var info = false
    var workloads: [Workload] = []
    var arguments = CommandLine.arguments.dropFirst().makeIterator()
    while let argument = arguments.next() {
        switch argument {
        case "--data":
            guard let value = arguments.next() else { throw BenchError(description: "--data needs a directory") }
            data = value
        case "--repetitions":
            guard let value = arguments.next(), let k = Int(value), k > 0 else {
                throw BenchError(description: "--repetitions needs a positive integer")
            }
            repetitions = k
        case "--budget":
            guard let value = arguments.next(), let seconds = Double(value), seconds >= 0 else {
                throw BenchError(description: "--budget needs a number of seconds")
            }
            budget = seconds
        case "--phases":
            phases = true
        case "--info":
            info = true
        case "-h", "--help":
            print(usage)
            exit(0)
        default:
            let parts = argument.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 4, !parts[0].isEmpty,
                  let n = Int(parts[1]), let p = Int(parts[2]), let count = Int(parts[3]),
                  p > 0, n > p, count > 0 else {
                throw BenchError(description: "bad workload '\(argument)': expected NAME:N:P:COUNT with N > P > 0, COUNT > 0")
            }
            workloads.append(Workload(name: String(parts[0]), n: n, p: p, count: count))
        }
    }
    if info { return ("", repetitions, budget, phases, true, []) }
    guard let data, !workloads.isEmpty else { throw BenchError(description: usage) }
    return (data, repetitions, budget, phases, false, workloads)
}

// MARK: Data

/// Reads exactly `count` little-endian float64 values from `path`, straight into the array.
func readDoubles(_ path: String, count: Int) throws -> [Double] {
    guard let file = fopen(path, "rb") else { throw BenchError(description: "cannot open \(path)") }
    defer { fclose(file) }
    var read = 0
    let values = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
        read = count == 0 ? 0 : fread(buffer.baseAddress, MemoryLayout<Double>.size, count, file)
        for k in read..<count { buffer[k] = 0 }
        initialized = count
    }
    guard read == count, fgetc(file) == EOF else {
        throw BenchError(description: "\(path) does not hold exactly \(count) float64 values")
    }
    #if _endian(big)
    return values.map { Double(bitPattern: UInt64(littleEndian: $0.bitPattern)) }
    #else
    return values
    #endif
}

struct Problem {
    let designs: [Design]
    let responses: [[Double]]
    let referenceCoefficients: [Double]
    let referenceStandardErrors: [Double]
}

func load(_ workload: Workload, from directory: String) throws -> Problem {
    let (n, p, count) = (workload.n, workload.p, workload.count)
    let base = directory + "/" + workload.name
    let names = ["Intercept"] + (1..<p).map { "x\($0)" }
    let xValues = try readDoubles(base + ".X.f64", count: count * n * p)
    let yValues = try readDoubles(base + ".y.f64", count: count * n)
    var designs: [Design] = []
    var responses: [[Double]] = []
    designs.reserveCapacity(count)
    responses.reserveCapacity(count)
    if count == 1 {
        // One big problem: hand the loaded buffers over without copying.
        designs.append(try Design(columnNames: names, matrix: Matrix(rows: n, columns: p, columnMajor: xValues),
                                  hasIntercept: true))
        responses.append(yValues)
    } else {
        for k in 0..<count {
            let block = Array(xValues[(k * n * p)..<((k + 1) * n * p)])
            designs.append(try Design(columnNames: names, matrix: Matrix(rows: n, columns: p, columnMajor: block),
                                      hasIntercept: true))
            responses.append(Array(yValues[(k * n)..<((k + 1) * n)]))
        }
    }
    return Problem(designs: designs, responses: responses,
                   referenceCoefficients: try readDoubles(base + ".beta.f64", count: count * p),
                   referenceStandardErrors: try readDoubles(base + ".se.f64", count: count * p))
}

// MARK: Timing

extension Duration {
    var seconds: Double {
        let (whole, atto) = components
        return Double(whole) + Double(atto) * 1e-18
    }
}

/// CPU time of the whole process (all threads), in seconds.
func processCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
}

/// One warm-up call, then timed calls until there are `repetitions` of them or the timed
/// calls have used up `budget` seconds (at least one timed call); returns the best and median
/// wall-clock seconds, the least CPU seconds of a call (all threads), the number of timed
/// calls and the last call's result.
func time<T>(repetitions: Int, budget: Double, _ work: () throws -> T) throws
    -> (best: Double, median: Double, cpu: Double, passes: Int, result: T) {
    let clock = ContinuousClock()
    var result = try work()
    var seconds: [Double] = []
    var cpu = Double.infinity
    var used = 0.0
    while seconds.count < repetitions, seconds.isEmpty || used < budget {
        let cpuStart = processCPUSeconds()
        let start = clock.now
        result = try work()
        seconds.append((clock.now - start).seconds)
        cpu = min(cpu, processCPUSeconds() - cpuStart)
        used += seconds.last!
    }
    seconds.sort()
    let middle = seconds.count / 2
    let median = seconds.count % 2 == 1 ? seconds[middle] : (seconds[middle - 1] + seconds[middle]) / 2
    return (seconds[0], median, cpu, seconds.count, result)
}

func json(_ fields: [(String, Any)]) -> String {
    let body = fields.map { key, value -> String in
        switch value {
        case let text as String: return "\"\(key)\": \"\(text)\""
        case let number as Int: return "\"\(key)\": \(number)"
        case let number as Double:
            return "\"\(key)\": " + (number.isFinite ? "\(number)" : "null")
        default: return "\"\(key)\": null"
        }
    }
    return "{" + body.joined(separator: ", ") + "}"
}

/// Times full fits of every regression of the workload (coefficients and standard errors are
/// read out of each result inside the timed pass).
func benchmark(_ workload: Workload, _ problem: Problem, repetitions: Int, budget: Double) throws -> String {
    let (best, median, _, passes, fitted) = try time(repetitions: repetitions, budget: budget) { () throws -> ([Double], [Double], Int) in
        var estimates: [Double] = []
        var standardErrors: [Double] = []
        var extended = 0
        estimates.reserveCapacity(workload.count * workload.p)
        standardErrors.reserveCapacity(workload.count * workload.p)
        for (design, response) in zip(problem.designs, problem.responses) {
            let fit = try LinearRegression.fit(design, response: response)
            if fit.usedExtendedPrecision { extended += 1 }
            for coefficient in fit.coefficients {
                estimates.append(coefficient.estimate)
                standardErrors.append(coefficient.standardError)
            }
        }
        return (estimates, standardErrors, extended)
    }
    let coefficientDifference = zip(fitted.0, problem.referenceCoefficients).map { abs($0 - $1) }.max() ?? .nan
    let standardErrorDifference = zip(fitted.1, problem.referenceStandardErrors)
        .map { abs($0 - $1) / abs($1) }.max() ?? .nan
    return json([
        ("workload", workload.name), ("n", workload.n), ("p", workload.p), ("count", workload.count),
        ("seconds_best", best), ("seconds_median", median), ("passes", passes),
        ("max_abs_coef_diff_vs_reference", coefficientDifference),
        ("max_rel_se_diff_vs_reference", standardErrorDifference),
        ("fits_in_extended_precision", fitted.2),
    ])
}

/// Times pieces of the fit separately (public API only), for locating where time goes.
func phases(_ workload: Workload, _ problem: Problem, repetitions: Int, budget: Double) throws -> [String] {
    func line(_ phase: String, _ timing: (best: Double, median: Double, cpu: Double, passes: Int, result: Void)) -> String {
        json([("workload", workload.name), ("phase", phase),
              ("seconds_best", timing.best), ("seconds_median", timing.median),
              ("cpu_seconds_best", timing.cpu), ("passes", timing.passes)])
    }
    let pairs = Array(zip(problem.designs, problem.responses))
    var lines: [String] = []
    lines.append(line("LeastSquares.solve", try time(repetitions: repetitions, budget: budget) {
        for (design, response) in pairs { _ = try LeastSquares.solve(design.matrix, response) }
    }))
    let doubleOnly = LeastSquares.Options(precision: .double)
    lines.append(line("LeastSquares.solve (precision: .double)", try time(repetitions: repetitions, budget: budget) {
        for (design, response) in pairs { _ = try LeastSquares.solve(design.matrix, response, options: doubleOnly) }
    }))
    lines.append(line("LinearRegression.fit (precision: .double)", try time(repetitions: repetitions, budget: budget) {
        for (design, response) in pairs {
            _ = try LinearRegression.fit(design, response: response, options: RegressionOptions(precision: .double))
        }
    }))
    lines.append(line("Matrix.gram (X'X by dsyrk)", try time(repetitions: repetitions, budget: budget) {
        for (design, _) in pairs { _ = try design.matrix.gram() }
    }))
    // The error bound is computed before the solver decides on double-double, so double-only
    // solutions carry the same diagnostics.
    let solutions = try pairs.map { try LeastSquares.solve($0.0.matrix, $0.1, options: doubleOnly) }
    lines.append(line("SVD(R) for the condition number", try time(repetitions: repetitions, budget: budget) {
        for solution in solutions { _ = try SVD(solution.triangularFactor) }
    }))
    let errorBounds = solutions.map(\.doublePrecisionErrorEstimate).sorted()
    lines.append(json([
        ("workload", workload.name), ("phase", "solver diagnostics"),
        ("median_error_bound", errorBounds[errorBounds.count / 2]),
        ("max_error_bound", errorBounds.last!),
        ("max_scaled_condition_estimate_1norm", solutions.map(\.scaledConditionEstimate).max()!),
        ("max_condition_number_2norm", try solutions.map { try SVD($0.triangularFactor).conditionNumber }.max()!),
    ]))
    lines.append(line("LinearRegression.fit", try time(repetitions: repetitions, budget: budget) {
        for (design, response) in pairs { _ = try LinearRegression.fit(design, response: response) }
    }))
    return lines
}

// MARK: BLAS information

/// OpenBLAS's configuration string and thread count, looked up at run time in whatever BLAS
/// the process loaded (nil when it is not OpenBLAS).
func blasDescription() -> String {
    guard let handle = dlopen(nil, RTLD_NOW) else { return "unknown" }
    typealias ConfigFunction = @convention(c) () -> UnsafePointer<CChar>?
    typealias ThreadsFunction = @convention(c) () -> Int32
    guard let configSymbol = dlsym(handle, "openblas_get_config"),
          let config = unsafeBitCast(configSymbol, to: ConfigFunction.self)() else { return "not OpenBLAS" }
    var text = String(cString: config)
    if let threadsSymbol = dlsym(handle, "openblas_get_num_threads") {
        text += "; threads=\(unsafeBitCast(threadsSymbol, to: ThreadsFunction.self)())"
    }
    if let coreSymbol = dlsym(handle, "openblas_get_corename"),
       let core = unsafeBitCast(coreSymbol, to: ConfigFunction.self)() {
        text += "; core=\(String(cString: core))"
    }
    return text
}

// MARK: Main

do {
    let arguments = try parseArguments()
    if arguments.info {
        print(blasDescription())
        exit(0)
    }
    for workload in arguments.workloads {
        let problem = try load(workload, from: arguments.data)
        print(try benchmark(workload, problem, repetitions: arguments.repetitions, budget: arguments.budget))
        if arguments.phases {
            for line in try phases(workload, problem, repetitions: arguments.repetitions, budget: arguments.budget) { print(line) }
        }
        fflush(nil)
    }
} catch {
    FileHandle.standardError.write(Data("ols-bench: \(error)\n".utf8))
    exit(1)
}
