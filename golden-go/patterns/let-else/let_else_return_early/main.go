package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func port_of(setting lisette.Option[string]) int {
	if setting.Tag != lisette.OptionSome {
		return 80
	}
	text := setting.SomeVal
	switch text {
	case "https":
		return 443
	case "ssh":
		return 22
	default:
		return 8080
	}
}

func main() {
	fmt.Println(port_of(lisette.MakeOptionNone[string]()))
	fmt.Println(port_of(lisette.MakeOptionSome[string]("https")))
	fmt.Println(port_of(lisette.MakeOptionSome[string]("ssh")))
	fmt.Println(port_of(lisette.MakeOptionSome[string]("custom")))
}
