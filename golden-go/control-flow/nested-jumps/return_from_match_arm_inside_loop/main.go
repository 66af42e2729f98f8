package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type CmdTag int

const (
	CmdSkip CmdTag = iota
	CmdAdd
	CmdHalt
)

type Cmd struct {
	Tag CmdTag
	Add int
}

func (v Cmd) String() string {
	switch v.Tag {
	case CmdSkip:
		return "Cmd.Skip"
	case CmdAdd:
		return "Cmd.Add(" + lisette.FormatValue(v.Add) + ")"
	}
	return "Cmd.Halt"
}

func run(program []Cmd) int {
	pc := 0
	acc := 0
	for {
		var cmd Cmd
		subject := lisette.SliceGet(program, pc)
		if subject.Tag != lisette.OptionSome {
			return acc
		}
		c := subject.SomeVal
		cmd = c
		pc += 1
		switch cmd.Tag {
		case CmdSkip:
			continue
		case CmdAdd:
			n := cmd.Add
			acc += n
		case CmdHalt:
			return acc * 100
		}
		fmt.Println("acc", acc)
	}
}

func main() {
	fmt.Println(run([]Cmd{Cmd{Tag: CmdAdd, Add: 2}, Cmd{Tag: CmdSkip}, Cmd{Tag: CmdAdd, Add: 3}}))
	fmt.Println(run([]Cmd{Cmd{Tag: CmdAdd, Add: 1}, Cmd{Tag: CmdHalt}, Cmd{Tag: CmdAdd, Add: 9}}))
}
