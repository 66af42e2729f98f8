package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
	"path/filepath"
)

func setup(dir string) lisette.Result[struct{}, error] {
	res := lisette.ResultOfErr(os.WriteFile(filepath.Join(dir, "b.log"), []byte("bb"), 0o644))
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[struct{}, error](res.ErrVal)
	}
	res2 := lisette.ResultOfErr(os.WriteFile(filepath.Join(dir, "a.txt"), []byte("a"), 0o644))
	if res2.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[struct{}, error](res2.ErrVal)
	}
	res3 := lisette.ResultOfErr(os.Mkdir(filepath.Join(dir, "cache"), 0o755))
	if res3.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[struct{}, error](res3.ErrVal)
	}
	res4 := lisette.ResultOfErr(os.WriteFile(filepath.Join(dir, "c.md"), []byte("ccc"), 0o644))
	if res4.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[struct{}, error](res4.ErrVal)
	}
	return lisette.MakeResultOk[struct{}, error](struct{}{})
}

func main() {
	var dir string
	subject := lisette.ResultOf(os.MkdirTemp("", "lis-b-readdir-*"))
	if subject.Tag != lisette.ResultOk {
		return
	}
	d := subject.OkVal
	dir = d
	defer func() {
		_ = os.RemoveAll(dir)
	}()
	subject2 := setup(dir)
	if subject2.Tag == lisette.ResultErr {
		e := subject2.ErrVal
		fmt.Println("setup:", e)
		return
	}
	subject3 := lisette.PartialOf(os.ReadDir(dir))
	switch subject3.Tag {
	case lisette.PartialOk:
		entries := subject3.OkVal
		for _, entry := range entries {
			var kind string
			if entry.IsDir() {
				kind = "dir "
			} else {
				kind = "file"
			}
			fmt.Println(kind, entry.Name())
		}
		fmt.Println("count:", len(entries))
	case lisette.PartialBoth:
		entries := subject3.OkVal
		e := subject3.ErrVal
		fmt.Println("partial", len(entries), e)
	case lisette.PartialErr:
		e := subject3.ErrVal
		fmt.Println("error", e)
	}
}
