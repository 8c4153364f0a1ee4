using BenchmarkDotNet.Running;

// Search at scale (one-shot, not BenchmarkDotNet): dotnet run -c Release --project benchmarks/StdSearch.Benchmarks -- scale --clauses 20000
if (args.Length > 0 && args[0] == "scale") { Environment.ExitCode = await StdSearch.Benchmarks.Search.SearchScaleRun.RunAsync(args[1..]); return; }

// Near-duplicates at scale (one-shot): dotnet run -c Release --project benchmarks/StdSearch.Benchmarks -- dedupe --documents 100000 --clauses 2000000
if (args.Length > 0 && args[0] == "dedupe") { Environment.ExitCode = await StdSearch.Benchmarks.Corpus.DedupeScaleRun.RunAsync(args[1..]); return; }

// Run all: dotnet run -c Release --project benchmarks/StdSearch.Benchmarks -- --filter '*'
// One class: dotnet run -c Release --project benchmarks/StdSearch.Benchmarks -- --filter '*Analyzer*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
