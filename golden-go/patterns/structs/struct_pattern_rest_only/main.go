package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Config struct {
	verbose bool
	retries int
}

func (v Config) String() string {
	return "Config { verbose: " + lisette.FormatValue(v.verbose) + ", retries: " + lisette.FormatValue(v.retries) + " }"
}

func main() {
	c := Config{verbose: false, retries: 3}
	var kind string
	if c.verbose {
		kind = "chatty"
	} else {
		kind = "quiet"
	}
	fmt.Println(kind)
}
