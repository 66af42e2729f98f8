package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type CommandTag int

const (
	CommandStart CommandTag = iota
	CommandStop
	CommandWait
)

type Command struct {
	Tag  CommandTag
	Wait int
}

func (v Command) String() string {
	switch v.Tag {
	case CommandStart:
		return "Command.Start"
	case CommandStop:
		return "Command.Stop"
	}
	return "Command.Wait(" + lisette.FormatValue(v.Wait) + ")"
}

func parse_command(s string) lisette.Result[Command, string] {
	switch s {
	case "start":
		return lisette.MakeResultOk[Command, string](Command{Tag: CommandStart})
	case "stop":
		return lisette.MakeResultOk[Command, string](Command{Tag: CommandStop})
	case "wait":
		return lisette.MakeResultOk[Command, string](Command{Tag: CommandWait, Wait: 5})
	default:
		return lisette.MakeResultErr[Command, string](fmt.Sprintf("unknown command %v", s))
	}
}

func plan(s string) lisette.Result[string, string] {
	var text string
	res := parse_command(s)
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[string, string](res.ErrVal)
	}
	subject := res.OkVal
	switch subject.Tag {
	case CommandStart:
		text = "starting"
	case CommandStop:
		text = "stopping"
	case CommandWait:
		n := subject.Wait
		text = fmt.Sprintf("waiting %vs", n)
	}
	return lisette.MakeResultOk[string, string](text)
}

func main() {
	fmt.Println(plan("wait"))
	fmt.Println(plan("stop"))
	fmt.Println(plan("jump"))
}
