package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type MessageTag int

const (
	MessageText MessageTag = iota
	MessageLabeled
	MessageTitled
)

type Message struct {
	Tag      MessageTag
	Text     string
	Labeled0 string
	Labeled1 int
	Title    string
	Pages    int
}

func (v Message) String() string {
	switch v.Tag {
	case MessageText:
		return "Message.Text(" + lisette.FormatValue(v.Text) + ")"
	case MessageLabeled:
		return "Message.Labeled(" + lisette.FormatValue(v.Labeled0) + ", " + lisette.FormatValue(v.Labeled1) + ")"
	}
	return "Message.Titled { title: " + lisette.FormatValue(v.Title) + ", pages: " + lisette.FormatValue(v.Pages) + " }"
}

func main() {
	fmt.Println(Message{Tag: MessageText, Text: "hi there"})
	fmt.Println(Message{Tag: MessageLabeled, Labeled0: "count", Labeled1: 3})
	fmt.Println(Message{Tag: MessageTitled, Title: "Dune", Pages: 412})
	fmt.Println(Message{Tag: MessageText, Text: ""})
}
