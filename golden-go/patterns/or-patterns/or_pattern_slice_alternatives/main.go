package main

import "fmt"

func leader(team []string) string {
	switch {
	case len(team) == 0:
		return "no leader"
	case len(team) == 1:
		captain := team[0]
		return fmt.Sprintf("%v leads a small team", captain)
	case len(team) == 2:
		captain := team[0]
		return fmt.Sprintf("%v leads a small team", captain)
	case len(team) >= 1:
		captain := team[0]
		return fmt.Sprintf("%v leads a large team", captain)
	}
	panic("unreachable")
}

func main() {
	fmt.Println(leader([]string{"mia"}))
	fmt.Println(leader([]string{"mia", "leo"}))
	fmt.Println(leader([]string{"zoe", "leo", "kai"}))
	fmt.Println(leader([]string{}))
}
