package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type MsgTag int

const (
	MsgData MsgTag = iota
	MsgEof
)

type Msg struct {
	Tag   MsgTag
	Data0 int
	Data1 int
}

func (v Msg) String() string {
	switch v.Tag {
	case MsgData:
		return "Msg.Data(" + lisette.FormatValue(v.Data0) + ", " + lisette.FormatValue(v.Data1) + ")"
	}
	return "Msg.Eof"
}

func main() {
	stream := []Msg{Msg{Tag: MsgData, Data0: 1, Data1: 10}, Msg{Tag: MsgData, Data0: 2, Data1: 20}, Msg{Tag: MsgEof}, Msg{Tag: MsgData, Data0: 3, Data1: 30}}
	checksum := 0
	for _, m := range stream {
		if m.Tag != MsgData {
			break
		}
		seq := m.Data0
		value := m.Data1
		checksum += seq * value
	}
	fmt.Println(checksum)
}
