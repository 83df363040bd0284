# The two commands a newcomer needs are `make demo` and `make test`; both install what they need.

SWIFT ?= swift
LAMBDA_LOCAL := .build/debug/lambda-local
RELEASE_BIN = $(shell $(SWIFT) build -c release --show-bin-path)
# Where `make package` and SAM's build-<LogicalId> targets build (release, Swift runtime linked
# statically) and where the packaged functions go: $(PACKAGES)/<LogicalId>.zip.
PACKAGE_SCRATCH ?= .build
PACKAGES = $(PACKAGE_SCRATCH)/lambda
SAM_BUILD_DIR = $(PACKAGE_SCRATCH)/sam-build
SAM := .build-tools/aws-sam-cli/bin/sam
PACKAGER = $(PACKAGE_SCRATCH)/debug/lambda-local

.PHONY: demo test bench fuzz package setup-build setup-test setup-bench FORCE

# The fuzzer's seed and size: `make test` runs a fixed seed at scale 1 (under a minute); `make fuzz`
# a new seed, printed so that a failure replays, at ten times the cases.
FUZZ_SEED ?= random
FUZZ_SCALE ?= 10
# moto's DynamoDB tests that must pass: the README's last count (392), less a little for tests that
# depend on timing on a loaded machine.
MOTO_SUITE_AT_LEAST = 388

setup-build:
	@scripts/ensure-packages build

setup-test:
	@scripts/ensure-packages test

setup-bench:
	@scripts/ensure-packages bench

## demo: build everything, invoke a function from events/ as AWS Lambda would, then run the whole
## template under `lambda-local start` and drive the seed systems over HTTP (scripts/demo).
demo: setup-build
	$(SWIFT) build
	@echo
	@echo "== hello, invoked with events/hello.json: the response on stdout, Lambda's log lines on stderr"
	$(LAMBDA_LOCAL) invoke hello -e events/hello.json --skip-build --in-memory
	@echo
	@echo "== hello, with an event it refuses: the error as Lambda's Invoke API returns it, exit status 1"
	$(LAMBDA_LOCAL) invoke hello -e events/hello-invalid.json --skip-build --in-memory || echo "(lambda-local exited with status $$?, as it does when the function reports an error)"
	@scripts/demo

## test: every test of the package (unit, end-to-end, and against AWS's own runtime client).
test: setup-test
	@# Release builds need the package's build folder, which swift test holds while it runs: the zips
	@# and SAM's build of every function come first, and the tests check what they produced.
	$(MAKE) package
	SAM_CLI_TELEMETRY=0 $(SAM) build --build-in-source --build-dir $(SAM_BUILD_DIR) --template template.yaml
	$(SWIFT) build --build-tests
	LAMBDA_PACKAGES=$(PACKAGES) SAM_BUILD_DIR=$(SAM_BUILD_DIR) $(SWIFT) test --skip-build --disable-xctest
	@# Building on invoke needs the package's build folder, which swift test holds while it runs.
	$(LAMBDA_LOCAL) invoke hello -e events/hello.json | grep -qx '{"message":"Hello, Swift!"}'
	@echo "lambda-local invoke builds and runs the example function: ok"
	python3 Tests/Fuzz/run.py --lambda-local $(LAMBDA_LOCAL) --seed 20261207 --scale 1
	@# moto's own DynamoDB suite against lambda-local: no fewer may pass than the README states.
	python3 Tests/Conformance/moto_dynamodb/run.py --lambda-local $(LAMBDA_LOCAL) --at-least $(MOTO_SUITE_AT_LEAST)

## fuzz: hostile input at every port and parser of a running lambda-local, with a new seed (or
## FUZZ_SEED=N to replay one); FUZZ_SCALE multiplies the cases per target.
fuzz: setup-test
	$(SWIFT) build --product lambda-local
	python3 Tests/Fuzz/run.py --lambda-local $(LAMBDA_LOCAL) --seed $(FUZZ_SEED) --scale $(FUZZ_SCALE) --deadline 3600

## bench: the performance figures of the README, measured in one run on a release build.
bench: setup-bench
	@# The zips first: packaging relinks the functions with the Swift runtime static, and the
	@# release build below relinks them plain, for the comparison.
	$(MAKE) package
	$(SWIFT) build -c release
	LAMBDA_PACKAGES=$(PACKAGES) $(RELEASE_BIN)/lambda-bench $(RELEASE_BIN) template.yaml

## package: every function of template.yaml as a self-contained zip for AWS Lambda (provided.al2 or
## provided.al2023): $(PACKAGES)/<LogicalId>.zip, and the same files in $(PACKAGES)/<LogicalId>/.
package: setup-build $(PACKAGER)
	$(PACKAGER) package --scratch-path $(PACKAGE_SCRATCH)

## build-<LogicalId>: what `sam build` runs for each function (Metadata: BuildMethod: makefile): the
## function's bootstrap and its lib/ folder into $(ARTIFACTS_DIR), the folder SAM deploys.
build-%: FORCE
	@test -n "$(ARTIFACTS_DIR)" || { echo "make build-$*: ARTIFACTS_DIR is not set (sam build sets it)" >&2; exit 2; }
	@scripts/ensure-packages build
	@$(MAKE) --no-print-directory $(PACKAGER)
	$(PACKAGER) package --scratch-path $(PACKAGE_SCRATCH) --output $(PACKAGE_SCRATCH)/lambda-sam --skip-zip $*
	cp -R $(PACKAGE_SCRATCH)/lambda-sam/$*/. "$(ARTIFACTS_DIR)/"

# lambda-local, built only when a source of it changed: sam build runs build-<LogicalId> once per
# function, and a `swift build` that finds nothing to do still takes seconds.
$(PACKAGER): Package.swift $(wildcard Package.resolved) $(shell find Runtime -type f)
	$(SWIFT) build --product lambda-local --scratch-path $(PACKAGE_SCRATCH)
	@touch $@

FORCE:
