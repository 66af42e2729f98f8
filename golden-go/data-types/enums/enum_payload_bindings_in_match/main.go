package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type CommandTag int

const (
	CommandMove CommandTag = iota
	CommandSay
	CommandRepeat
	CommandStop
)

type Command struct {
	Tag     CommandTag
	Dx      int
	Dy      int
	Say     string
	Repeat0 int
	Repeat1 string
}

func (v Command) String() string {
	switch v.Tag {
	case CommandMove:
		return "Command.Move { dx: " + lisette.FormatValue(v.Dx) + ", dy: " + lisette.FormatValue(v.Dy) + " }"
	case CommandSay:
		return "Command.Say(" + lisette.FormatValue(v.Say) + ")"
	case CommandRepeat:
		return "Command.Repeat(" + lisette.FormatValue(v.Repeat0) + ", " + lisette.FormatValue(v.Repeat1) + ")"
	}
	return "Command.Stop"
}

func describe(c Command) string {
	switch c.Tag {
	case CommandMove:
		dx := c.Dx
		dy := c.Dy
		return fmt.Sprintf("move by %v,%v", dx, dy)
	case CommandSay:
		text := c.Say
		return "say " + text
	case CommandRepeat:
		n := c.Repeat0
		text := c.Repeat1
		return fmt.Sprintf("say %v x%v", text, n)
	case CommandStop:
		return "stop"
	}
	panic("unreachable")
}

func main() {
	script := []Command{Command{Tag: CommandSay, Say: "hello"}, Command{Tag: CommandMove, Dx: 3, Dy: -1}, Command{Tag: CommandRepeat, Repeat0: 2, Repeat1: "bye"}, Command{Tag: CommandStop}}
	for _, c := range script {
		fmt.Println(describe(c))
	}
}
