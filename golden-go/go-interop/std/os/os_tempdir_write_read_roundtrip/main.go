package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
	"path/filepath"
)

func run(dir string) lisette.Result[struct{}, error] {
	path := filepath.Join(dir, "notes.txt")
	res := lisette.ResultOfErr(os.WriteFile(path, []byte("first line\nsecond line\n"), 0o644))
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[struct{}, error](res.ErrVal)
	}
	res2 := lisette.ResultOf(os.ReadFile(path))
	if res2.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[struct{}, error](res2.ErrVal)
	}
	data := res2.OkVal
	text := string(data)
	fmt.Println("bytes:", len(data))
	fmt.Print(text)
	res3 := lisette.ResultOf(os.Stat(path))
	if res3.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[struct{}, error](res3.ErrVal)
	}
	info := res3.OkVal
	fmt.Println("name:", info.Name(), "size:", info.Size(), "dir:", info.IsDir())
	return lisette.MakeResultOk[struct{}, error](struct{}{})
}

func main() {
	subject := lisette.ResultOf(os.MkdirTemp("", "lis-b-os-*"))
	if subject.Tag == lisette.ResultOk {
		dir := subject.OkVal
		subject2 := run(dir)
		if subject2.Tag == lisette.ResultOk {
			fmt.Println("done")
		} else {
			e := subject2.ErrVal
			fmt.Println("failed:", e)
		}
		subject3 := lisette.ResultOfErr(os.RemoveAll(dir))
		if subject3.Tag == lisette.ResultOk {
			fmt.Println("cleaned up")
		} else {
			e := subject3.ErrVal
			fmt.Println("cleanup failed:", e)
		}
	} else {
		e := subject.ErrVal
		fmt.Println("no temp dir:", e)
	}
}
