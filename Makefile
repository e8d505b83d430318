# The two commands of the README.
.PHONY: report test setup bench

setup:
	bash scripts/setup.sh

# Run the main job on seeds/ and write reports/.
report: setup
	swift run -c release citetrace analyze seeds --out reports

# Run the test suite.
test: setup
	swift test

bench: setup
	swift run -c release citetrace bench
