package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type MsgTag int

const (
	MsgText MsgTag = iota
	MsgShout
	MsgPing
)

type Msg struct {
	Tag   MsgTag
	Text  string
	Shout string
}

func (v Msg) String() string {
	switch v.Tag {
	case MsgText:
		return "Msg.Text(" + lisette.FormatValue(v.Text) + ")"
	case MsgShout:
		return "Msg.Shout(" + lisette.FormatValue(v.Shout) + ")"
	}
	return "Msg.Ping"
}

func render(m Msg, meta lisette.Tuple3[int, int, int]) string {
	var body string
	switch m.Tag {
	case MsgText:
		s := m.Text
		body = s
	case MsgShout:
		s := m.Shout
		body = s + "!"
	case MsgPing:
		body = "ping"
	}
	if meta.First == 0 {
		return body
	}
	if meta.Third == 0 {
		return body
	}
	n := meta.Third
	return fmt.Sprintf("%v x%v", body, n)
}

func main() {
	fmt.Println(render(Msg{Tag: MsgText, Text: "hi"}, lisette.Tuple3[int, int, int]{First: 1, Second: 2, Third: 3}))
	fmt.Println(render(Msg{Tag: MsgShout, Shout: "hey"}, lisette.Tuple3[int, int, int]{First: 0, Second: 1, Third: 1}))
	fmt.Println(render(Msg{Tag: MsgPing}, lisette.Tuple3[int, int, int]{First: 5, Second: 5, Third: 0}))
}
