package main

import (
	"fmt"
	"strings"
)

func main() {
	esc := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\"", "&quot;")
	fmt.Println(esc.Replace("<a href=\"x\">Tom & Jerry</a>"))
	fmt.Println(esc.Replace("already &amp; escaped"))
	fmt.Println(esc.Replace("plain text"))
}
