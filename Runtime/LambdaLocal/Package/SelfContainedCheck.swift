import Foundation

/// Proof, from the files alone, that a packaged function needs nothing from the machine it runs on:
/// the kernel starts the zip's own loader, and every library anything in the zip asks for is in the
/// zip's `lib` folder, where the loader looks first.
enum SelfContainedCheck {
    /// What would make the folder reach outside itself; empty when it is self-contained.
    static func problems(in directory: String) throws(LambdaLocalError) -> [String] {
        let bootstrap = "\(directory)/bootstrap"
        let libraryDirectory = "\(directory)/\(BootstrapLinking.libraryFolder)"
        guard FileManager.default.isExecutableFile(atPath: bootstrap) else {
            return ["\(bootstrap) is missing or not executable"]
        }
        let libraries = ((try? FileManager.default.contentsOfDirectory(atPath: libraryDirectory)) ?? []).sorted()
        let available = Set(libraries)
        var problems: [String] = []

        let main = try ELFLinkInfo.read(bootstrap)
        if let interpreter = main.interpreter {
            let loaderName = (interpreter as NSString).lastPathComponent
            if interpreter != BootstrapLinking.interpreter(named: loaderName) {
                problems.append("bootstrap asks for the loader \(interpreter), outside \(BootstrapLinking.taskRoot)/\(BootstrapLinking.libraryFolder)")
            } else if !FileManager.default.isExecutableFile(atPath: "\(libraryDirectory)/\(loaderName)") {
                problems.append("the loader \(loaderName) is missing from lib/ or not executable (the kernel runs it)")
            }
            if let runpath = main.runpath {
                problems.append("bootstrap has DT_RUNPATH \(runpath), which Lambda's LD_LIBRARY_PATH overrides")
            }
            if main.rpath != BootstrapLinking.searchPath {
                problems.append("bootstrap's DT_RPATH is \(main.rpath ?? "missing"), not \(BootstrapLinking.searchPath)")
            }
        } else if !main.needed.isEmpty {
            problems.append("bootstrap needs libraries but has no program interpreter")
        }

        var objects = [("bootstrap", main)]
        for library in libraries {
            objects.append((library, try ELFLinkInfo.read("\(libraryDirectory)/\(library)")))
        }
        for (name, info) in objects {
            for needed in info.needed where !available.contains(needed) {
                problems.append("\(name) needs \(needed), which is not in lib/")
            }
            guard name != "bootstrap" else { continue }
            // A library with a search path of its own does not use the bootstrap's DT_RPATH for its
            // needs, and a DT_RUNPATH, even `$ORIGIN`, comes after Lambda's LD_LIBRARY_PATH.
            if let runpath = info.runpath {
                problems.append("\(name) has DT_RUNPATH \(runpath), which Lambda's LD_LIBRARY_PATH overrides")
            }
            if let rpath = info.rpath {
                problems.append("\(name) has DT_RPATH \(rpath), which replaces the bootstrap's for its needs")
            }
        }
        return problems
    }
}
