package main

import (
	"fmt"
	"golden/projects/variants/enum_returned_by_module_function/traffic"
)

func main() {
	l := traffic.Light{Tag: traffic.LightRed}
	for i := 0; i < 4; i++ {
		var go_on bool
		switch l.Tag {
		case traffic.LightRed:
			go_on = false
		case traffic.LightAmber:
			go_on = false
		case traffic.LightGreen:
			go_on = true
		}
		fmt.Println(l, go_on)
		l = traffic.After(l)
	}
}
