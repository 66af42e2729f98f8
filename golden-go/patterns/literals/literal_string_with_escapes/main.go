package main

import "fmt"

func line_ending(s string) string {
	switch s {
	case "\n":
		return "LF"
	case "\r\n":
		return "CRLF"
	case "\t":
		return "TAB"
	default:
		return "other"
	}
}

func main() {
	fmt.Println(line_ending("\r\n"), line_ending("\n"), line_ending("\t"), line_ending(" "))
}
