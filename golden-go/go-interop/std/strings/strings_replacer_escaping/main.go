package main

import (
	"fmt"
	"strings"
)

func main() {
	esc := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	fmt.Println(esc.Replace("a < b && c > d"))
	tpl := strings.NewReplacer("{name}", "Ada", "{lang}", "Go")
	fmt.Println(tpl.Replace("Hi {name}, welcome to {lang}. Bye {name}."))
	nothing := strings.NewReplacer()
	fmt.Println(nothing.Replace("unchanged"))
}
