package main

import "fmt"

func execute(words []string) string {
	if len(words) < 1 {
		return "nothing to do"
	}
	cmd := words[0]
	args := words[1:len(words):len(words)]
	return fmt.Sprintf("%v with %v argument(s)", cmd, len(args))
}

func main() {
	fmt.Println(execute([]string{"cp", "a.txt", "b.txt"}))
	fmt.Println(execute([]string{"ls"}))
	fmt.Println(execute([]string{}))
}
