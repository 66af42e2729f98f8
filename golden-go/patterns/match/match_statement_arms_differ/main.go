package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type CommandTag int

const (
	CommandAdd CommandTag = iota
	CommandReset
	CommandShow
)

type Command struct {
	Tag CommandTag
	Add int
}

func (v Command) String() string {
	switch v.Tag {
	case CommandAdd:
		return "Command.Add(" + lisette.FormatValue(v.Add) + ")"
	case CommandReset:
		return "Command.Reset"
	}
	return "Command.Show"
}

func main() {
	commands := []Command{Command{Tag: CommandAdd, Add: 5}, Command{Tag: CommandAdd, Add: 7}, Command{Tag: CommandShow}, Command{Tag: CommandReset}, Command{Tag: CommandAdd, Add: 2}, Command{Tag: CommandShow}}
	total := 0
	for _, cmd := range commands {
		switch cmd.Tag {
		case CommandAdd:
			n := cmd.Add
			total += n
		case CommandReset:
			total = 0
		case CommandShow:
			fmt.Println("total:", total)
		}
	}
}
