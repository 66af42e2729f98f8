package main

import "fmt"

func main() {
	mode := 0o755
	small := 0o17
	none := 0o0
	all := 0o_777
	fmt.Println(mode, small, none, all)
}
