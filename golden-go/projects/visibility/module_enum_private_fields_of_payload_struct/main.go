package main

import (
	"fmt"
	"golden/projects/visibility/module_enum_private_fields_of_payload_struct/net"
)

func port_of(p net.Packet) int {
	if p.Tag == net.PacketData {
		port := p.Data0.Port
		return port
	}
	return -1
}

func main() {
	p := net.Data(8080, "hello")
	fmt.Println(port_of(p), port_of(net.Packet{Tag: net.PacketPing}))
	fmt.Println(p)
}
