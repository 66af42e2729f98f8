package main

import (
	"fmt"
	"golden/projects/types/local_enum_with_module_type_payload/mail"
	lisette "lisette.dev/prelude"
)

type ActionTag int

const (
	ActionSend ActionTag = iota
	ActionHold
)

type Action struct {
	Tag  ActionTag
	Send mail.Letter
}

func (v Action) String() string {
	switch v.Tag {
	case ActionSend:
		return "Action.Send(" + lisette.FormatValue(v.Send) + ")"
	}
	return "Action.Hold"
}

func postage(a Action) int {
	if a.Tag == ActionSend {
		l := a.Send
		if l.Grams > 20 {
			return 3
		} else {
			return 1
		}
	}
	return 0
}

func main() {
	heavy := Action{Tag: ActionSend, Send: mail.Letter{To: "Oslo", Grams: 45}}
	fmt.Println(postage(heavy), postage(Action{Tag: ActionHold}))
	fmt.Println(heavy)
}
