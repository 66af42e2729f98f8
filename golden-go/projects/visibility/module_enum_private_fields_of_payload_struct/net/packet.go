package net

import lisette "lisette.dev/prelude"

type Header struct {
	Port     int
	checksum int
}

func (v Header) String() string {
	return "Header { port: " + lisette.FormatValue(v.Port) + ", checksum: " + lisette.FormatValue(v.checksum) + " }"
}

type PacketTag int

const (
	PacketData PacketTag = iota
	PacketPing
)

type Packet struct {
	Tag   PacketTag
	Data0 Header
	Data1 string
}

func (v Packet) String() string {
	switch v.Tag {
	case PacketData:
		return "Packet.Data(" + lisette.FormatValue(v.Data0) + ", " + lisette.FormatValue(v.Data1) + ")"
	}
	return "Packet.Ping"
}

func Data(port int, body string) Packet {
	return Packet{Tag: PacketData, Data0: Header{Port: port, checksum: len(body)}, Data1: body}
}
