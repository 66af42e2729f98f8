package main

import (
	"fmt"
	"golden/projects/variants/pub_methods_on_module_enum/traffic"
)

func main() {
	start := traffic.Light{Tag: traffic.LightRed}
	l := start
	total := 0
	for i := 0; i < 3; i++ {
		total += l.Seconds()
		l = l.Next()
	}
	fmt.Println(total, l == start)
}
