package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Log struct {
	text  string
	lines int
}

func (v Log) String() string {
	return "Log { text: " + lisette.FormatValue(v.text) + ", lines: " + lisette.FormatValue(v.lines) + " }"
}

func main() {
	log := Log{text: "", lines: 0}
	for _, word := range []string{"boot", "load", "ready"} {
		log.text += word + ";"
		log.lines += 1
	}
	fmt.Println(log.text, log.lines)
}
