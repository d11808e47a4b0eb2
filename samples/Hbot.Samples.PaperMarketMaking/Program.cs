Console.WriteLine("Hbot paper market making sample: the bot host is being built.");
