package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Mode interface {
	Next(input string) Mode
	Name() string
}

type Idle struct{}

func (v Idle) String() string {
	return "Idle {}"
}

type Running struct {
	jobs int
}

func (v Running) String() string {
	return "Running { jobs: " + lisette.FormatValue(v.jobs) + " }"
}

func (self Idle) Next(input string) Mode {
	if input == "start" {
		return Running{jobs: 1}
	} else {
		return Idle{}
	}
}

func (self Idle) Name() string {
	return "idle"
}

func (self Running) Next(input string) Mode {
	switch input {
	case "stop":
		return Idle{}
	case "more":
		return Running{jobs: self.jobs + 1}
	default:
		return Running{jobs: self.jobs}
	}
}

func (self Running) Name() string {
	return fmt.Sprintf("running(%v)", self.jobs)
}

func main() {
	var mode Mode = Idle{}
	for _, input := range []string{"noise", "start", "more", "more", "tick", "stop"} {
		mode = mode.Next(input)
		fmt.Println(input, "=>", mode.Name())
	}
	mode = Running{jobs: 9}
	fmt.Println(mode.Name())
}
