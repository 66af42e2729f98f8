package main

import "fmt"

func main() {
	word := "héllo"
	line := ""
	codes := ""
	for _, r := range word {
		line += fmt.Sprintf("[%c]", r)
		if !(len(codes) == 0) {
			codes += " "
		}
		codes += fmt.Sprintf("%v", int(r))
	}
	fmt.Println(line)
	fmt.Println(codes)
	fmt.Println(len(word))
}
