# The two commands a newcomer needs are `make demo` and `make test`; both install what they need.

SWIFT ?= swift
LAMBDA_LOCAL := .build/debug/lambda-local
RELEASE_BIN = $(shell $(SWIFT) build -c release --show-bin-path)

.PHONY: demo test bench setup-build setup-test setup-bench

setup-build:
	@scripts/ensure-packages build

setup-test:
	@scripts/ensure-packages test

setup-bench:
	@scripts/ensure-packages bench

## demo: build lambda-local and run the example functions from events/ the way AWS Lambda would.
demo: setup-build
	$(SWIFT) build --product lambda-local
	@echo
	@echo "== hello, invoked with events/hello.json: the response on stdout, Lambda's log lines on stderr"
	$(LAMBDA_LOCAL) invoke hello -e events/hello.json
	@echo
	@echo "== hello, with an event it refuses: the error as Lambda's Invoke API returns it, exit status 1"
	$(LAMBDA_LOCAL) invoke hello -e events/hello-invalid.json || echo "(lambda-local exited with status $$?, as it does when the function reports an error)"

## test: every test of the package (unit, end-to-end, and against AWS's own runtime client).
test: setup-test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest
	@# Building on invoke needs the package's build folder, which swift test holds while it runs.
	$(LAMBDA_LOCAL) invoke hello -e events/hello.json | grep -qx '{"message":"Hello, Swift!"}'
	@echo "lambda-local invoke builds and runs the example function: ok"

## bench: the performance figures of the README, measured in one run on a release build.
bench: setup-bench
	$(SWIFT) build -c release
	$(RELEASE_BIN)/lambda-bench $(RELEASE_BIN) template.yaml
