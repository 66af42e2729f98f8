package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type StepTag int

const (
	StepForward StepTag = iota
	StepBack
	StepHalt
)

type Step struct {
	Tag     StepTag
	Forward int
	Back    int
}

func (v Step) String() string {
	switch v.Tag {
	case StepForward:
		return "Step.Forward(" + lisette.FormatValue(v.Forward) + ")"
	case StepBack:
		return "Step.Back(" + lisette.FormatValue(v.Back) + ")"
	}
	return "Step.Halt"
}

func program_step(i int) Step {
	fmt.Println("fetch", i)
	switch i {
	case 0:
		return Step{Tag: StepForward, Forward: 3}
	case 1:
		return Step{Tag: StepBack, Back: 1}
	case 2:
		return Step{Tag: StepForward, Forward: 2}
	default:
		return Step{Tag: StepHalt}
	}
}

func main() {
	pc := 0
	moved := 0
loop:
	for {
		subject := program_step(pc)
		switch subject.Tag {
		case StepForward:
			n := subject.Forward
			moved += n
			pc += 1
		case StepBack:
			n := subject.Back
			moved += n
			pc += 1
		default:
			break loop
		}
	}
	fmt.Println("moved", moved)
}
