package main

import "fmt"

func run(args []string) string {
	switch {
	case len(args) == 0:
		return "usage: tool <command>"
	case len(args) == 1:
		switch args[0] {
		case "help":
			return "commands: add, remove, list"
		case "list":
			return "listing all items"
		default:
			cmd := args[0]
			return fmt.Sprintf("unknown command %v", cmd)
		}
	case len(args) == 2:
		switch args[0] {
		case "add":
			name := args[1]
			return fmt.Sprintf("adding %v", name)
		case "remove":
			name := args[1]
			return fmt.Sprintf("removing %v", name)
		default:
			cmd := args[0]
			return fmt.Sprintf("unknown command %v", cmd)
		}
	case len(args) >= 2:
		if args[0] == "add" {
			name := args[1]
			more := args[2:len(args):len(args)]
			return fmt.Sprintf("adding %v and %v more", name, len(more))
		}
		cmd := args[0]
		return fmt.Sprintf("unknown command %v", cmd)
	case len(args) >= 1:
		cmd := args[0]
		return fmt.Sprintf("unknown command %v", cmd)
	}
	panic("unreachable")
}

func main() {
	empty := []string{}
	fmt.Println(run(empty))
	fmt.Println(run([]string{"help"}))
	fmt.Println(run([]string{"add", "milk"}))
	fmt.Println(run([]string{"add", "eggs", "flour", "sugar"}))
	fmt.Println(run([]string{"remove", "milk"}))
	fmt.Println(run([]string{"remove"}))
	fmt.Println(run([]string{"list"}))
}
