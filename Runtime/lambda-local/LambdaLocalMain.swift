import LambdaLocal

/// The `lambda-local` executable: everything lives in the `LambdaLocal` library, where tests reach it.
@main
struct LambdaLocalMain {
    static func main() async {
        await LambdaLocalCommand.main(nil)
    }
}
