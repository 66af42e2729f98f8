package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type PacketTag int

const (
	PacketData PacketTag = iota
	PacketAck
)

type Packet struct {
	Tag   PacketTag
	Data0 int
	Data1 string
	Data2 bool
	Ack   int
}

func (v Packet) String() string {
	switch v.Tag {
	case PacketData:
		return "Packet.Data(" + lisette.FormatValue(v.Data0) + ", " + lisette.FormatValue(v.Data1) + ", " + lisette.FormatValue(v.Data2) + ")"
	}
	return "Packet.Ack(" + lisette.FormatValue(v.Ack) + ")"
}

func sequence(p Packet) int {
	if p.Tag == PacketData {
		seq := p.Data0
		return seq
	}
	seq := p.Ack
	return seq
}

func main() {
	packets := []Packet{Packet{Tag: PacketData, Data0: 7, Data1: "hello", Data2: false}, Packet{Tag: PacketAck, Ack: 8}, Packet{Tag: PacketData, Data0: 9, Data1: "bye", Data2: true}}
	sum := 0
	for _, p := range packets {
		sum += sequence(p)
	}
	fmt.Println(sum)
	subject := Packet{Tag: PacketData, Data0: 1, Data1: "x", Data2: true}
	if subject.Tag == PacketData {
		text := subject.Data1
		fmt.Println(text)
	} else {
		fmt.Println("ack")
	}
}
