package main

import "fmt"

func main() {
	greeters := []func() string{}
	for _, name := range []string{"ann", "bo", "cy"} {
		greeters = append(greeters, func() string {
			return fmt.Sprintf("hi %v", name)
		})
	}
	for _, g := range greeters {
		fmt.Println(g())
	}
}
